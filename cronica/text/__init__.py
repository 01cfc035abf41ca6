"""Text stage: read inputs, extract HTML main text, clean while keeping an offset map."""
