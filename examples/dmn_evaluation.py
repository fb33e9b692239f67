"""Deploy a decision table and evaluate it for a few inputs."""
from pathlib import Path

import pycamunda.decisiondef
import pycamunda.deployment

from _common import URL

create = pycamunda.deployment.Create(url=URL, name='pycamunda-discounts',
                                     enable_duplicate_filtering=True)
with (Path(__file__).resolve().parent / 'discount.dmn').open('rb') as dmn:
    create.add_resource(dmn)
    create()

# [evaluate]
for amount in (50.0, 250.0, 5000.0):
    evaluate = pycamunda.decisiondef.Evaluate(url=URL, key='discount')
    evaluate.add_variable(name='amount', value=amount)
    (result,) = evaluate()
    print(f'amount {amount:>7}: {result["percent"].value} % discount')
# [/evaluate]
