"""Correlate a message to the process instance waiting for it, by business key."""
import pycamunda.deployment
import pycamunda.message
import pycamunda.processdef

from _common import URL

BPMN = '''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  id="payment-definitions" targetNamespace="http://pycamunda.example">
  <bpmn:message id="paid" name="PaymentReceived"/>
  <bpmn:process id="pycamunda-payment" isExecutable="true" camunda:historyTimeToLive="P30D">
    <bpmn:startEvent id="start"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
    <bpmn:intermediateCatchEvent id="wait" name="Payment received">
      <bpmn:messageEventDefinition messageRef="paid"/>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end"/>
    <bpmn:endEvent id="end"/>
  </bpmn:process>
</bpmn:definitions>
'''

create = pycamunda.deployment.Create(url=URL, name='pycamunda-payment',
                                     enable_duplicate_filtering=True)
create.add_resource(BPMN.encode(), name='payment.bpmn')
create()
instance = pycamunda.processdef.StartInstance(url=URL, key='pycamunda-payment',
                                              business_key='order-7')()

# [correlate]
correlate = pycamunda.message.CorrelateSingle(
    url=URL, message_name='PaymentReceived', business_key='order-7',
    result_enabled=True)
correlate.add_process_variable(name='paidAmount', value=99.5)
(result,) = correlate()
# a waiting instance answers with the execution it continued (a start event
# would answer with the new process instance)
print(f'{result.result_type.value}: execution {result.execution.id_}')
same = result.execution.process_instance_id == instance.id_
print('correlated to the waiting instance:', same)
# [/correlate]
