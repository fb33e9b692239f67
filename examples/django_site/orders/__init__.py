"""The shop's orders: start an order process, approve it, charge the card."""
