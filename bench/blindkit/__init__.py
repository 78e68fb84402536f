"""Tooling shared by the blind sets' generators (bench/blind3, blind4, blind5): the schedules as
plain dicts, selection and answer-form helpers, the writer and its schema check. No Booth code."""
