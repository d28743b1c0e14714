"""One module per dialog; each exposes its input widgets as attributes so tests can fill them."""
