"""Voice sub-commands: listen, say, devices, doctor."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from dataclasses import replace

from booth.errors import AudioError, BoothError, ConfigError, ModelError, SpeechError

log = logging.getLogger(__name__)


def register(subparsers, parents) -> None:
    voice = argparse.ArgumentParser(add_help=False)
    group = voice.add_argument_group("voice options")
    group.add_argument("--voice", help="espeak voice, e.g. en-us, en+f3 (default: $BOOTH_VOICE, else the engine's)")
    group.add_argument("--rate", type=int, default=None, help="speaking rate in words per minute (espeak: 175)")
    group.add_argument("--volume", type=float, default=None, help="0.0 to 1.0")
    group.add_argument("--output-device", metavar="NAME|INDEX", help="speaker (see `booth devices`)")

    p = subparsers.add_parser("listen", parents=[*parents, voice], help="hear questions, speak answers",
                              description="Microphone (or a recording) -> Vosk -> answer out loud. "
                                          "Push-to-talk by default: press Enter or space, then ask.")
    p.add_argument("--model", metavar="PATH", help="Vosk model folder (default: $BOOTH_VOSK_MODEL, "
                                                   "$VOSK_MODEL_PATH, Vosk's cache, else download)")
    p.add_argument("--free", action="store_true", default=None, help="transcribe freely instead of with Booth's grammar")
    p.add_argument("--device", metavar="NAME|INDEX", help="microphone (see `booth devices`)")
    p.add_argument("--input", metavar="FILE.wav|-", help="a recording, or raw 16 kHz mono s16le PCM on stdin")
    p.add_argument("--realtime", action="store_true", help="play --input at real-time speed")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--always-listening", action="store_true", default=None, help="no push-to-talk")
    mode.add_argument("--mode", choices=["push", "always", "wake"],
                      help="push-to-talk (the default), always listening, or wake phrase")
    mode.add_argument("--wake", nargs="?", const="hey booth", metavar="PHRASE",
                      help='answer only after a wake phrase (default phrase: "hey booth")')
    p.add_argument("--button", type=int, metavar="GPIO", help="push-to-talk button on this GPIO pin (gpiozero)")
    p.add_argument("--once", action="store_true", help="exit after the first answer")
    p.add_argument("--mute", action="store_true", default=None, help="print answers only, do not speak")
    p.add_argument("--max-seconds", type=float, help="longest question (default 12)")
    p.add_argument("--endpoint", choices=("grammar", "vosk"), default=None,
                   help="end a question when it is a complete sentence (grammar, default) or after Vosk's silence (vosk)")
    p.add_argument("--no-second-opinion", dest="second_opinion", action="store_false",
                   help="do not decode a question Booth would not answer again without the grammar "
                        "(saves a few MB on one question, about 45 MB over a long session, and 0.1-0.8 s on such questions)")
    from booth.cli.screen import add_screen_options

    add_screen_options(p, flag=True)
    p.set_defaults(func=cmd_listen)

    p = subparsers.add_parser("say", parents=[*parents, voice], help="speak a text (or write it to a WAV)")
    p.add_argument("text", nargs="+")
    p.add_argument("--out", metavar="FILE.wav", help="write the speech to this file instead of playing it")
    p.set_defaults(func=cmd_say)

    p = subparsers.add_parser("devices", parents=parents, help="list microphones and speakers")
    p.add_argument("--voices", action="store_true", help="list text-to-speech voices instead")
    p.set_defaults(func=cmd_devices)

    p = subparsers.add_parser("doctor", parents=[*parents, voice], help="check model, microphone, speaker, TTS")
    p.add_argument("--model", metavar="PATH", help="Vosk model folder")
    p.add_argument("--device", metavar="NAME|INDEX", help="microphone")
    p.set_defaults(func=cmd_doctor)


def _speaker(args):
    from booth.voice.tts import Speaker

    return Speaker(args.voice, args.rate, args.volume, getattr(args, "output_device", None))


# -- say ---------------------------------------------------------------------------------
def cmd_say(args) -> int:
    text = " ".join(args.text)
    speaker = _speaker(args)
    if args.out:
        speech = speaker.save(text, args.out)
        print(f"{args.out}: {speech.seconds:.1f} s of speech")
        return 0
    try:
        speaker.speak(text)
    except AudioError as exc:
        print(text)
        print(f"{exc}; nothing spoken (write a file with --out FILE.wav)", file=sys.stderr)
        return 1
    return 0


# -- devices -----------------------------------------------------------------------------
def cmd_devices(args) -> int:
    if args.voices:
        for vid, name in _speaker(argparse.Namespace(voice=None, rate=None, volume=None)).voices():
            print(f"{vid:28} {name}")
        return 0
    from booth.voice.audio import list_devices

    devices = list_devices()
    if not devices:
        print("no sound devices found (no card, or no sound server running)")
        return 1
    for title, inputs in (("Microphones (--device)", True), ("Speakers (--output-device)", False)):
        print(title + ":")
        rows = [d for d in devices if (d.inputs if inputs else d.outputs)]
        for d in rows:
            default = " (default)" if (d.default_in if inputs else d.default_out) else ""
            print(f"  {d.index:3}  {d.name}  [{int(d.rate)} Hz]{default}")
        if not rows:
            print("  none")
    return 0


# -- doctor ------------------------------------------------------------------------------
def cmd_doctor(args) -> int:
    from booth.voice import audio
    from booth.voice.model import load_model, resolve_model

    problems = 0

    def report(ok: bool, what: str, detail: str) -> None:
        nonlocal problems
        problems += not ok
        print(f"{'ok  ' if ok else 'FAIL'}  {what}: {detail}")

    try:
        path = resolve_model(args.model, download=False)
        started = time.monotonic()
        load_model(path)
        report(True, "speech model", f"{path} (loaded in {time.monotonic() - started:.1f} s)")
    except ModelError as exc:
        report(False, "speech model", str(exc))
    try:
        mic = audio.Microphone(args.device)
        with mic:
            chunks = [c for _, c in zip(range(5), mic)]
        report(True, "microphone", f"{mic.device.name} (level {max(map(audio.level_db, chunks)):.0f} dBFS)")
    except AudioError as exc:
        report(False, "microphone", str(exc))
    try:
        out = audio.pick_device(args.output_device, "output")
        report(True, "speaker", out.name)
    except AudioError as exc:
        report(False, "speaker", f"{exc}; connect one or pick it with --output-device")
    try:
        speech = _speaker(args).synthesize("Booth is ready.")
        report(True, "text-to-speech", f"pyttsx3 ({speech.seconds:.1f} s of speech)")
    except SpeechError as exc:
        report(False, "text-to-speech", str(exc))
    print("all good" if not problems else f"{problems} problem(s); fix the FAIL lines above")
    return 0 if not problems else 1


# -- listen ------------------------------------------------------------------------------
def cmd_listen(args) -> int:
    from booth.cli import settings_from
    from booth.pipeline import Booth
    from booth.voice import audio
    from booth.voice.listen import Listener, Options
    from booth.voice.model import load_model_soon
    from booth.voice.tts import say_or_print

    started = time.monotonic()
    settings = settings_from(args)
    if args.endpoint:
        settings.endpoint = replace(settings.endpoint, mode=args.endpoint)
    model_loaded = load_model_soon(args.model)
    booth = Booth(settings)
    if not args.free:
        booth.grammar_parts()  # built while the model loads; the listener takes it from there
    model = model_loaded()
    live = not args.input
    if live:
        mic = audio.Microphone(args.device)  # no microphone: AudioError with what to do instead
        mode = "wake" if args.wake else "always" if args.always_listening else "push"
        if mode == "push" and args.button is None and key_source(sys.stdin) is None:
            raise ConfigError(NO_KEYS)
    else:
        mode = "wake" if args.wake else "always"
    keys = key_source(sys.stdin) == "tty"
    hint = ("press the button or Enter to talk" if keys else "press the button to talk") if args.button is not None \
        else "press Enter or space to talk"
    options = Options(mode=mode, wake=args.wake or "hey booth", once=args.once, free=args.free,
                      max_seconds=args.max_seconds, press_hint=hint, second_opinion=args.second_opinion)
    from booth.cli.views import make_view

    view = make_view(sys.stdout)
    speak = None
    if not args.mute:
        speaker = _speaker(args)
        try:
            audio.pick_device(args.output_device, "output")
            warned: set[str] = set()

            def warn_once(message: str) -> None:
                if message not in warned:
                    warned.add(message)
                    print(f"warning: {message}; answers are printed only", file=sys.stderr)

            speak = lambda text, stop: say_or_print(speaker, text, stop, warn_once)
        except AudioError as exc:
            print(f"{exc}; answers are printed only", file=sys.stderr)
    conversation = None
    try:
        from booth.answer.conversation import Conversation

        conversation = Conversation(booth)
    except ImportError:
        pass
    emit = view.show
    server = None
    if args.screen or args.staff:
        from booth.cli.screen import start_screen
        from booth.screen.feed import Asking

        feed, server = start_screen(args, booth, Asking(mode, options.wake, args.button is not None))

        def emit(event) -> None:
            view.show(event)
            feed.show(event)
    listener = Listener(booth, model, speak, emit, options, conversation)
    log.info("ready to listen after %.2f s", time.monotonic() - started)

    restore = lambda: None
    if live:
        def open_source():
            source = audio.Microphone(args.device) if open_source.used else mic
            open_source.used = True
            source.open()
            return source
        open_source.used = False  # type: ignore[attr-defined]  # mypy does not model attributes set on a function
        if mode == "push":
            restore = _start_push_to_talk(listener, args.button)
    elif args.input == "-":
        open_source = lambda: audio.stream_source(sys.stdin.buffer)
    else:
        open_source = lambda: audio.file_source(args.input, args.realtime)
    try:
        with view:
            code = listener.run(open_source, live=live)
        if server is not None and not live:
            # A recording or pipe has ended; the screen keeps showing the last answer.
            print("end of input; the screen stays up (Ctrl-C to stop)", file=sys.stderr, flush=True)
            server.hub.closed.wait()
        return code
    except KeyboardInterrupt:
        listener.quit.set()
        print("bye", file=sys.stderr)
        return 0
    finally:
        restore()
        if server is not None:
            server.stop()


NO_KEYS = ("push-to-talk needs a key or a button, and stdin is not a terminal (a service?): give "
           "--button GPIO (or button = N in the config file), or --mode always / --wake, "
           "or pipe one line per press into stdin")


def key_source(stdin) -> str | None:
    """How push-to-talk presses can arrive on ``stdin``: "tty" (keys), "lines" (a pipe or file:
    one line per press), or None (closed, /dev/null, no stdin at all: nothing can ever press)."""
    import stat

    if stdin is None or stdin.closed:
        return None
    try:
        if stdin.isatty():
            return "tty"
        mode = os.fstat(stdin.fileno()).st_mode
    except (OSError, ValueError):
        return None
    return "lines" if stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode) else None


def _start_push_to_talk(listener, button: int | None):
    """Enter/space on a terminal, a line on a piped stdin, or a GPIO button press. Returns what
    puts the terminal back (the key thread may still be blocked in read() at exit)."""
    if button is not None:
        try:
            from gpiozero import Button
        except ImportError:
            raise BoothError("--button needs gpiozero: pip install 'booth[gpio]'") from None
        try:
            listener._button = Button(button)  # keep a reference or gpiozero forgets it
            listener._button.when_pressed = listener.press
        except Exception as exc:
            raise AudioError(f"GPIO {button}: {exc}") from None
    stdin = sys.stdin
    restore = lambda: None
    source = key_source(stdin)
    if source is None:
        return restore  # the button alone (cmd_listen refused to start with neither)
    if stdin.isatty():
        import termios
        import tty

        fd = stdin.fileno()
        saved = termios.tcgetattr(fd)
        tty.setcbreak(fd)  # keys arrive one by one; Ctrl-C still interrupts
        restore = lambda: termios.tcsetattr(fd, termios.TCSADRAIN, saved)

    def read_keys() -> None:
        if stdin.isatty():
            while not listener.quit.is_set():
                key = os.read(stdin.fileno(), 1)
                if key in (b"\n", b"\r", b" "):
                    listener.press()
                elif key in (b"q", b"\x04", b""):
                    listener.quit.set()
        else:
            for _ in stdin:  # automation: each line is a press
                listener.press()
            if button is None:  # end of the presses: nothing can ever press again, so stop, never hang
                while listener.talk.is_set() and not listener.quit.is_set():
                    time.sleep(0.05)  # the last press's question is still to be heard
                log.info("stdin closed: no more push-to-talk presses, stopping")
                listener.quit.set()

    threading.Thread(target=read_keys, name="booth-keys", daemon=True).start()
    return restore
