"""See what a request will send before sending it: URL, parameters as attributes, body, files."""
import io

import pycamunda.deployment
import pycamunda.processdef
import pycamunda.user

from _common import URL

# the URL depends on the parameters: by id, or by key
print(pycamunda.processdef.StartInstance(url=URL, id_='174cb832-a8a7').url)
print(pycamunda.processdef.StartInstance(url=URL, key='MyProcess').url)

# parameters are attributes
get_users = pycamunda.user.GetList(url=URL, first_name='John')
print(get_users.first_name, get_users.last_name)
get_users.last_name = 'Doe'
print(get_users.first_name, get_users.last_name)
print(get_users.query_parameters())

# what goes into the body; the password is not shown by repr
create_user = pycamunda.user.Create(url=URL, id_='johndoe', first_name='John', last_name='Doe',
                                    password='changeme')
print(create_user.body_parameters())
print(repr(create_user))

# files attached to a deployment
create = pycamunda.deployment.Create(url=URL, name='inspected')
resource = io.BytesIO(b'<definitions/>')
resource.name = 'inspected.bpmn'
create.add_resource(resource)
print([(part, file.name) for part, file in create.files.items()])
