"""The engine's history: ``/history/*``, one module per REST resource.

========================================================  ===========================
REST resource                                              module
========================================================  ===========================
``/history/activity-instance``                             :mod:`.activityinst`
``/history/batch``                                         :mod:`.batch`
``/history/case-activity-instance``                        :mod:`.caseactivityinst`
``/history/case-definition`` (reports, statistics)         :mod:`.casedef`
``/history/case-instance``                                 :mod:`.caseinst`
``/history/cleanup``                                       :mod:`.cleanup`
``/history/decision-definition`` (cleanable report)        :mod:`.decisiondef`
``/history/decision-instance``                             :mod:`.decisioninst`
``/history/decision-requirements-definition`` (stats)      :mod:`.decisionrequirementsdef`
``/history/detail``                                        :mod:`.detail`
``/history/external-task-log``                             :mod:`.externaltasklog`
``/history/identity-link-log``                             :mod:`.identitylinklog`
``/history/incident``                                      :mod:`.incident`
``/history/job-log``                                       :mod:`.joblog`
``/history/process-definition`` (reports, statistics)      :mod:`.processdef`
``/history/process-instance``                              :mod:`.processinst`
``/history/task``                                          :mod:`.taskinst`
``/history/user-operation``                                :mod:`.useroperation`
``/history/variable-instance``                             :mod:`.variableinst`
========================================================  ===========================

List queries are ``GetList`` (filters in the query string) and, where Camunda offers it, ``Query``
(the same arguments, sent as a JSON body with POST); ``Count`` / ``QueryCount`` count them.
Queries with variable filters have ``add_*_value_filter`` methods; in a query string the engine
compares values as text, so numbers and booleans match only in the JSON body of ``Query``.
"""
