"""Temporal stage: find Spanish date expressions and give each event its date.

    tl = Timeline(text, published)          # published: 'YYYY-MM-DD', 'YYYY-MM' or None
    tl.mentions                             # every expression, resolved (DateMention)
    tl.date_for(trigger, sentence, clause)  # DateAttachment(value, via)

Works on plain strings (no spaCy). Rules: docs/time.md; vocabulary:
cronica/data/es/time.yaml.
"""
from cronica.time.recognise import DateExpression, find_expressions
from cronica.time.resolve import DateAttachment, DateMention, Timeline, resolve_expression

__all__ = ["DateAttachment", "DateExpression", "DateMention", "Timeline", "find_expressions",
           "resolve_expression"]
