from django import forms


class OrderForm(forms.Form):
    """A new order; its fields become typed process variables."""

    reference = forms.SlugField(max_length=40)
    amount = forms.DecimalField(min_value=0, max_digits=10, decimal_places=2)
    quantity = forms.IntegerField(min_value=1)
    express = forms.BooleanField(required=False)
    deliver_by = forms.DateField()
    reviewer = forms.CharField(
        max_length=150, help_text='The user who approves the order'
    )


class CompleteForm(forms.Form):
    """The reviewer's decision on an order."""

    approved = forms.BooleanField(required=False)
    comment = forms.CharField(required=False, max_length=500)
