"""Iterate over every match of a query, fetched lazily page by page."""
import pycamunda.processdef
import pycamunda.processinst

from _common import PROCESS_KEY, URL, deploy_order_process

deploy_order_process()
for _ in range(5):
    pycamunda.processdef.StartInstance(url=URL, key=PROCESS_KEY, business_key='paging')()

# [pages]
query = pycamunda.processinst.GetList(url=URL, business_key='paging')
pages = [len(page) for page in query.pages(page_size=2)]
print('page sizes:', pages[:3])
instances = list(query.iterate(page_size=2))
print(f'{len(instances)} instances with business key "paging"')
# [/pages]

# [window]
# a window of the results: from the 2nd match, at most 3, fetched 2 per request
window = pycamunda.processinst.GetList(url=URL, business_key='paging',
                                       first_result=1, max_results=3)
print('window:', [len(page) for page in window.pages(page_size=2)])
# [/window]

# [count]
count = pycamunda.processinst.Count(url=URL, business_key='paging')
print('count:', count())
# [/count]
for instance in instances:
    pycamunda.processinst.Delete(url=URL, id_=instance.id_)()
