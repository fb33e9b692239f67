"""Pages: a new order, its state, and an inbox to claim and complete tasks.

Every page talks to the engine through the request's own session (``orders.camunda``).
The service account may see every task, so the views check that a task is the user's.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

import pycamunda.history.processinst
import pycamunda.history.variableinst
import pycamunda.processdef
import pycamunda.task

from .camunda import camunda
from .forms import CompleteForm, OrderForm


# [new-order]
@login_required
def new_order(request: HttpRequest) -> HttpResponse:
    """Start an order process from the form; each field is sent as a typed variable."""
    form = OrderForm(request.POST or None)
    if request.method == 'POST' and form.is_valid():
        order = form.cleaned_data
        start = camunda(request, pycamunda.processdef.StartInstance,
                        key=settings.ORDER_PROCESS_KEY, business_key=order['reference'])
        start.add_variable('amount', float(order['amount']))  # Double
        start.add_variable('quantity', order['quantity'])  # Integer
        start.add_variable('express', order['express'])  # Boolean
        start.add_variable('deliverBy', order['deliver_by'])  # Date
        start.add_variable('reviewer', order['reviewer'])  # String
        start.add_variable('orderedBy', request.user.get_username())
        instance = start()
        messages.success(request, f'Order {order["reference"]} placed.')
        return redirect('order', instance_id=instance.id_)
    return render(request, 'orders/new.html', {'form': form})
# [/new-order]


@login_required
def order(request: HttpRequest, instance_id: str) -> HttpResponse:
    """An order's state and variables, for the user who placed it and its reviewer.

    An unknown id raises ``pycamunda.NotFound``, which the middleware makes a 404.
    """
    history = pycamunda.history
    instance = camunda(request, history.processinst.Get, id_=instance_id)()
    found = camunda(request, history.variableinst.GetList,
                    process_instance_id=instance_id, max_results=50)()
    people = {v.value for v in found if v.name in ('orderedBy', 'reviewer')}
    if request.user.get_username() not in people:
        raise Http404('not your order')
    rows = sorted(found, key=lambda v: v.name)
    return render(request, 'orders/order.html',
                  {'instance': instance, 'variables': rows})


# [inbox]
@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    """The user's tasks, and the tasks the user may claim (as a candidate user)."""
    user = request.user.get_username()
    query = {'process_definition_key': settings.ORDER_PROCESS_KEY,
             'sort_by': 'created', 'max_results': 50}
    mine = camunda(request, pycamunda.task.GetList, assignee=user, **query)()
    claimable = camunda(request, pycamunda.task.GetList, candidate_user=user, **query)()
    return render(request, 'orders/inbox.html',
                  {'mine': mine, 'claimable': claimable, 'form': CompleteForm()})
# [/inbox]


# [claim-complete]
@require_POST
@login_required
def claim(request: HttpRequest, task_id: str) -> HttpResponse:
    """Claim a task the user is a candidate for."""
    user = request.user.get_username()
    candidate = camunda(request, pycamunda.task.Count, task_id=task_id,
                        candidate_user=user)
    if not candidate():
        raise Http404('no such task to claim')
    camunda(request, pycamunda.task.Claim, id_=task_id, user_id=user)()
    return redirect('inbox')


@require_POST
@login_required
def complete(request: HttpRequest, task_id: str) -> HttpResponse:
    """Complete the user's task with the decision as variables."""
    task = camunda(request, pycamunda.task.Get, id_=task_id)()  # NotFound -> 404
    if task.assignee != request.user.get_username():
        raise Http404('not your task')
    form = CompleteForm(request.POST)
    if not form.is_valid():
        messages.error(request, 'Please correct the decision.')
        return redirect('inbox')
    done = camunda(request, pycamunda.task.Complete, id_=task_id)
    done.add_variable('approved', form.cleaned_data['approved'])
    done.add_variable('comment', form.cleaned_data['comment'])
    done()
    messages.success(request, f'{task.name}: done.')
    return redirect('inbox')
# [/claim-complete]
