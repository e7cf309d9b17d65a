"""The return process after a decision: travellers, documents, departure, support, reintegration."""
