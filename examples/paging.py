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
for instance in instances:
    pycamunda.processinst.Delete(url=URL, id_=instance.id_)()
