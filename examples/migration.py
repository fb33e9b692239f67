"""Migrate running orders from version 1 of the process to version 2."""
from pathlib import Path

import pycamunda.deployment
import pycamunda.migration
import pycamunda.processdef
import pycamunda.processinst

from _common import BPMN, URL

HERE = Path(__file__).resolve().parent


deployments = []


def deploy(path: Path) -> str:
    """Deploy a version of the order process; the id of its process definition."""
    create = pycamunda.deployment.Create(url=URL, name=f'pycamunda-migration-{path.stem}')
    with path.open('rb') as bpmn:
        create.add_resource(bpmn)
        deployment = create()
    deployments.append(deployment.id_)
    return next(iter(deployment.deployed_process_definitions))


source = deploy(BPMN)
orders = [pycamunda.processdef.StartInstance(url=URL, id_=source, business_key='migrate')().id_
          for _ in range(2)]
target = deploy(HERE / 'order_v2.bpmn')

# [migrate]
plan = pycamunda.migration.Generate(url=URL, source_process_definition_id=source,
                                    target_process_definition_id=target)()
print('instructions:', [(i.source_activity_ids, i.target_activity_ids)
                       for i in plan.instructions])
validate = pycamunda.migration.Validate.from_migration_plan(url=URL,
                                                          migration_plan=plan)
reports = validate()
print('validation failures:',
      [failure for report in reports for failure in report.failures])
pycamunda.migration.Execute.from_migration_plan(url=URL, migration_plan=plan,
                                                process_instance_ids=orders)()
moved = pycamunda.processinst.GetList(url=URL, process_definition_id=target,
                                      business_key='migrate')()
print(f'{len(moved)} of {len(orders)} orders now run on version 2')
# [/migrate]
# Both versions go again, with their instances: other scripts start the process by key.
for deployment_id in reversed(deployments):
    pycamunda.deployment.Delete(url=URL, id_=deployment_id, cascade=True)()
