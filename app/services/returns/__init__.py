"""Use cases of the return process: travellers, checklist, departure, support, reintegration.

What is computed (expiry, validity at departure, double funding, totals, the Today feeds)
is computed here from the records and the programme data, never stored.
"""
