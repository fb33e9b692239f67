from django.urls import path

from . import views

urlpatterns = [
    path('', views.inbox, name='inbox'),
    path('orders/new/', views.new_order, name='new_order'),
    path('orders/<str:instance_id>/', views.order, name='order'),
    path('tasks/<str:task_id>/claim/', views.claim, name='claim'),
    path('tasks/<str:task_id>/complete/', views.complete, name='complete'),
]
