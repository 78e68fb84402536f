"""Booth: an offline voice assistant for conference booths.

Data flows audio -> transcript -> intent -> answer -> speech; each stage is a module:
``audio`` -> ``recognizer`` -> ``matcher`` -> ``answers``/``dialogs`` -> ``tts``.
The text stages need none of the heavy optional parts (vosk, sounddevice, pyttsx3).
"""

__version__ = "0.1.0"
