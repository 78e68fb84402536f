"""`booth listen` end to end: recordings, raw PCM on stdin, and a real virtual microphone (a
private PulseAudio server whose pipe source we talk into), plus the failure paths."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time

import pytest

from booth.errors import AudioError
from booth.voice import listen as ev
from booth.voice.audio import chunked, file_source, read_wav
from booth.voice.listen import Listener, Options
from booth.voice.tts import Speaker, say_or_print
from tests.audio_tools import ROOT, conversation_wav, need_model, question_wav
from tests.virtual_audio import VirtualMic

NOW = "2025-05-17T10:00"
QUESTIONS = ["where is the microsoft booth", "when is lunch"]




def _booth_cmd(*args):
    return [sys.executable, "-m", "booth", "listen", "--now", NOW, *args]


# -- recordings ------------------------------------------------------------------------------
def test_listen_to_a_recording_answers_each_question():
    need_model()
    wav = conversation_wav(QUESTIONS, "en-us")
    done = subprocess.run(_booth_cmd("--input", str(wav), "--mute"), cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    heard = [line[len("Heard: "):] for line in lines if line.startswith("Heard: ")]
    # espeak's "when is" comes out as "where does" or "when his" for the small model now and then:
    # what counts is that each question is heard once and answered.
    assert len(heard) == 2 and heard[0] == QUESTIONS[0] and "lunch" in heard[1], heard
    answers = [line for line in lines if line.startswith("Answer: ")]
    assert len(answers) == 2 and "Microsoft" in answers[0] and "Hall A" in answers[1]


def test_listen_to_raw_pcm_on_stdin_once():
    need_model()
    pcm = read_wav(conversation_wav(QUESTIONS, "en+f3"))
    done = subprocess.run(_booth_cmd("--input", "-", "--mute", "--once"), cwd=ROOT, input=pcm,
                          capture_output=True, timeout=120)
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    # One question heard and answered (the recognizer may drop "the": "where is microsoft booth").
    assert out.count("Answer: ") == 1 and "Heard: where is" in out and "booth 301" in out


# -- the loop with real parts, faults injected only where they cannot be caused -----------
def _collect(booth, model, speak=None, **options):
    events: list = []
    listener = Listener(booth, model, speak, events.append, Options(mode="always", **options))
    return listener, events


def test_no_speaker_or_broken_tts_prints_the_answer_and_goes_on(booth, model):
    wav = conversation_wav(QUESTIONS, "en-us")
    for speaker in (Speaker(voice="en-us", device="no such speaker"), Speaker(voice="no-such-voice")):
        listener, events = _collect(booth, model, lambda text, stop, s=speaker: say_or_print(s, text, stop, lambda m: None))
        listener.run(lambda: file_source(wav), live=False)
        answered = [e for e in events if isinstance(e, ev.Answered)]
        assert len(answered) == 2 and all(a.text for a in answered)
        assert sum(isinstance(e, ev.SpeechProblem) for e in events) == 2


def test_microphone_lost_mid_utterance_is_reported_and_reopened(booth, model):
    """A fake is used only here: a USB microphone cannot be unplugged from a test."""
    pcm = read_wav(question_wav(QUESTIONS[0], "en-us"))
    opened = []

    class Mic:
        def __init__(self, lose: bool):
            self.lose, self.closed, self.drained = lose, False, 0

        def __iter__(self):
            chunks = list(chunked(pcm))
            for n, chunk in enumerate(chunks):
                if self.lose and n == len(chunks) // 2:
                    raise AudioError("microphone 'USB' stopped delivering audio (stopped)")
                yield chunk
            for _ in range(20):  # a pause after the question, then the booth closes
                yield bytes(3200)
            listener.quit.set()

        def drain(self):
            self.drained += 1

        def close(self):
            self.closed = True

    def open_source():
        opened.append(Mic(lose=not opened))
        return opened[-1]

    listener, events = _collect(booth, model, retry_first=0.05)
    listener.run(open_source, live=True)
    problems = [e for e in events if isinstance(e, ev.DeviceProblem)]
    assert len(problems) == 1 and "stopped delivering audio" in problems[0].message
    heard = [e.text for e in events if isinstance(e, ev.Heard)]
    assert heard[-1] == QUESTIONS[0] and any(isinstance(e, ev.Answered) for e in events)
    assert [m.closed for m in opened] == [True, True]


def test_clarifying_question_then_yes_answers(booth, model):
    from booth.voice.recognizer import Transcript, Word

    listener, events = _collect(booth, model)
    doubtful = Transcript("when is lunch", tuple(Word(w, c, 0, 0) for w, c in
                                                 (("when", 0.9), ("is", 0.3), ("lunch", 0.9))))
    listener._handle(doubtful, None)
    assert isinstance(events[-1], ev.Clarify) and "when is lunch" in events[-1].question
    listener._handle(Transcript("yes", (Word("yes", 1.0, 0, 0),)), None)
    assert isinstance(events[-1], ev.Answered) and "Hall A" in events[-1].text


@pytest.mark.parametrize("reply,voice", [("no", "en-us"), ("yes", "en-us"), ("yes", "neural"), ("no", "neural")])
def test_a_spoken_yes_or_no_after_a_read_back_is_taken_though_the_decoder_puts_a_sound_alike_first(
        booth, model, reply, voice):
    """After "Did you mean ...?" the grammar holds "yes" and "no" beside every question's short
    title words: espeak's "no" comes out "know" first and "no" a hair behind, its "yes" as "us"
    before "yes", or "p s" with no "yes" among the first five. The answer is read from the n-best
    (listen.reply_to_question), else from the free decoder (Listener._free_reply)."""
    from booth.voice.recognizer import Transcript, Word
    from tests.audio_tools import speak_neural

    spoken: list[str] = []
    listener, events = _collect(booth, model, lambda text, stop: spoken.append(text) or "spoken")
    doubtful = Transcript("when is lunch", tuple(Word(w, c, 0, 0) for w, c in
                                                 (("when", 0.9), ("is", 0.3), ("lunch", 0.9))))
    listener._handle(doubtful, None)
    assert any(isinstance(e, ev.Clarify) for e in events)
    del events[:]
    wav = question_wav(reply, "en-us") if voice == "en-us" else speak_neural(reply, steady=True)
    listener.run(lambda: file_source(wav), live=False)
    heard = [e.text for e in events if isinstance(e, ev.Heard)]
    assert len(heard) == 1, heard
    answered = [e for e in events if isinstance(e, (ev.Answered, ev.Clarify, ev.Ignored))]
    if reply == "yes":
        assert len(answered) == 1 and isinstance(answered[0], ev.Answered) and "Hall A" in answered[0].text, (heard, answered)
    else:
        assert spoken[-1] == "Sorry. Please ask again." and not answered, (heard, spoken, answered)


def test_a_yes_the_asking_grammar_mishears_is_heard_without_the_grammar(booth, model):
    """espeak's "yes" after a read-back came out "p s" with no "yes" in the n-best list (the
    live-page test, test_screen.py): decoded again without the grammar, it is "yes". The
    grammar's mishearing is given as its transcript; the audio and the free decoder are real."""
    from booth.voice.audio import read_wav
    from booth.voice.recognizer import Transcript, Word

    listener, events = _collect(booth, model)
    doubtful = Transcript("when is lunch", tuple(Word(w, c, 0, 0) for w, c in
                                                 (("when", 0.9), ("is", 0.3), ("lunch", 0.9))))
    listener._handle(doubtful, None)
    assert any(isinstance(e, ev.Clarify) for e in events)
    listener.recognizer.last_audio, listener.recognizer.offset = read_wav(question_wav("yes", "en-us")), 0.0
    misheard = Transcript("p s", raw="p s", alternatives=(("p s", 134.9), ("us", 134.6)), spread_db=80.0)
    listener._handle(misheard, None)
    assert isinstance(events[-1], ev.Answered) and "Hall A" in events[-1].text, events[-3:]


# -- a real virtual microphone -----------------------------------------------------------------
@pytest.fixture(scope="module")
def mic(tmp_path_factory):
    vm = VirtualMic(tmp_path_factory.mktemp("pulse")).start()
    yield vm
    vm.close()


_READERS: dict[int, queue.Queue] = {}


def _lines_until(proc, wanted: str, timeout: float = 30.0) -> list[str]:
    """Lines a process prints, up to the first starting with ``wanted``. A reader thread owns
    stdout: select() on a buffered pipe would miss lines already read into the buffer."""
    if proc.pid not in _READERS:
        lines_q: queue.Queue = queue.Queue()
        _READERS[proc.pid] = lines_q

        def read():
            for line in proc.stdout:
                lines_q.put(line.rstrip("\n"))
            lines_q.put(None)

        threading.Thread(target=read, daemon=True).start()
    lines_q = _READERS[proc.pid]
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines_q.get(timeout=0.2)
        except queue.Empty:
            continue
        if line is None:
            break
        lines.append(line)
        if line.startswith(wanted):
            return lines
    raise AssertionError(f"no {wanted!r} line within {timeout} s; got {lines}")


def test_listen_hears_the_virtual_microphone_and_speaks(mic):
    need_model()
    proc = subprocess.Popen(_booth_cmd("--always-listening", "--once", "--voice", "en-us"), cwd=ROOT, env=mic.env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _lines_until(proc, "[listening]")
        mic.say(question_wav(QUESTIONS[0], "en-us"))
        lines = _lines_until(proc, "Answer: ")
        assert f"Heard: {QUESTIONS[0]}" in lines and "Microsoft" in lines[-1]
        assert proc.wait(30) == 0
        rest = []
        while (line := _READERS[proc.pid].get(timeout=5)) is not None:
            rest.append(line)
        assert not [line for line in rest if line.startswith("Speech problem")], rest
        assert "Traceback" not in proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()


def test_push_to_talk_ignores_speech_until_pressed_and_ctrl_c_exits_cleanly(mic):
    need_model()
    errors = open(mic.folder / "push-stderr.txt", "w+")  # noqa: SIM115 (read back after the process ends)
    proc = subprocess.Popen(_booth_cmd("--mute"), cwd=ROOT, env=mic.env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=errors, text=True)
    try:
        try:
            _lines_until(proc, "[waiting]")
        except AssertionError:
            proc.kill()
            proc.wait()
            errors.seek(0)
            raise AssertionError(errors.read()[-3000:]) from None
        mic.say(question_wav(QUESTIONS[1], "en-us"))  # nobody pressed: not heard
        mic.wait_idle()
        proc.stdin.write("\n")
        proc.stdin.flush()
        _lines_until(proc, "[listening]")
        mic.say(question_wav(QUESTIONS[0], "en-us"))
        lines = _lines_until(proc, "Answer: ")
        assert [line for line in lines if line.startswith("Heard: ")] == [f"Heard: {QUESTIONS[0]}"]
        _lines_until(proc, "[waiting]")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
        errors.seek(0)
        assert "Traceback" not in errors.read()
    finally:
        proc.kill()
        proc.wait()


def test_listen_without_a_microphone_says_how_to_go_on(tmp_path):
    need_model()
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path}/nothing-here"}
    done = subprocess.run(_booth_cmd("--mute"), cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert "microphone" in done.stderr and "booth ask" in done.stderr and "--input" in done.stderr
    assert "Traceback" not in done.stderr


def test_wake_phrase_mode_answers_only_after_the_wake_phrase(booth, model):
    wav = conversation_wav(["hey booth", "when is lunch", "where is the microsoft booth",
                            "hey booth where is the microsoft booth"], "en-us")
    events: list = []
    listener = Listener(booth, model, None, events.append, Options(mode="wake", wake="hey booth"))
    listener.run(lambda: file_source(wav), live=False)
    heard = [e.text for e in events if isinstance(e, ev.Heard)]
    assert heard == ["when is lunch", "where is the microsoft booth"]
    assert [e.reason for e in events if isinstance(e, ev.Ignored)] == ["no wake phrase"]
    assert sum(isinstance(e, ev.Answered) for e in events) == 2


def test_devices_and_doctor_on_the_virtual_devices(mic, tmp_path):
    need_model()
    run = lambda *args, env=mic.env: subprocess.run([sys.executable, "-m", "booth", *args], cwd=ROOT, env=env,
                                                    capture_output=True, text=True, timeout=60)
    listed = run("devices")
    assert listed.returncode == 0 and "Microphones (--device):" in listed.stdout and "pulse" in listed.stdout
    doctor = run("doctor")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert doctor.stdout.count("ok  ") == 4 and "all good" in doctor.stdout
    broken = run("doctor", "--model", str(tmp_path), env={**mic.env, "PULSE_SERVER": f"unix:{tmp_path}/none"})
    assert broken.returncode == 1
    assert [line.split(":")[0] for line in broken.stdout.splitlines() if line.startswith("FAIL")] == \
        ["FAIL  speech model", "FAIL  microphone", "FAIL  speaker"]
    assert "Traceback" not in broken.stderr


def test_real_microphone_that_stops_delivering_is_detected(mic):
    """The real Microphone class on the virtual device: when the source goes dead (as an
    unplugged USB microphone does) iteration ends in one clear AudioError, not a hang."""
    script = ("import sys, time\n"
              "from booth.voice.audio import Microphone\n"
              "from booth.errors import AudioError\n"
              "mic = Microphone(stall_seconds=1.0)\n"
              "mic.open()\n"
              "try:\n"
              "    for n, chunk in enumerate(mic):\n"
              "        if n == 5: print('open', flush=True)\n"
              "except AudioError as exc:\n"
              "    print('lost:', exc, flush=True)\n"
              "mic.close()\n")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=mic.env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _lines_until(proc, "open", timeout=15)
        mic.unplugged.set()
        lines = _lines_until(proc, "lost:", timeout=15)
        assert "stopped delivering audio" in lines[-1] and "booth devices" in lines[-1]
        assert proc.wait(10) == 0
    finally:
        mic.unplugged.clear()
        proc.kill()
        proc.wait()


def test_wake_mode_follow_up_needs_no_wake_phrase_while_context_lives(booth, model):
    from booth.answer.conversation import Conversation

    wav = conversation_wav(["hey booth", "where is the microsoft booth", "repeat", "more"], "en-us")
    events: list = []
    conversation = Conversation(booth)
    listener = Listener(booth, model, None, events.append, Options(mode="wake", wake="hey booth"), conversation)
    listener.run(lambda: file_source(wav), live=False)
    answers = [e for e in events if isinstance(e, ev.Answered)]
    assert [a.intent for a in answers][:2] == ["sponsor_booth", "repeat"]
    assert "301" in answers[1].text


def test_push_to_talk_without_a_terminal_refuses_to_start_instead_of_hanging(mic):
    """Under a service manager stdin is /dev/null: no key can ever be pressed."""
    need_model()
    done = subprocess.run(_booth_cmd("--mute"), cwd=ROOT, env=mic.env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2, done.stderr
    assert "push-to-talk needs a key or a button" in done.stderr and "--button" in done.stderr
    assert "Traceback" not in done.stderr


def test_push_to_talk_presses_from_a_pipe_end_with_the_pipe(mic):
    """Automation pipes one line per press; when the pipe closes nothing can press again: exit."""
    need_model()
    done = subprocess.run(_booth_cmd("--mute"), cwd=ROOT, env=mic.env, capture_output=True, text=True,
                          timeout=60, input="")
    assert done.returncode == 0, done.stderr
    assert "[stopped]" in done.stdout and "Traceback" not in done.stderr


def test_service_with_a_gpio_button_starts_without_a_terminal(mic):
    """stdin from /dev/null plus --button: push-to-talk is the button (gpiozero's mock pins here)."""
    need_model()
    env = {**mic.env, "GPIOZERO_PIN_FACTORY": "mock"}
    proc = subprocess.Popen(_booth_cmd("--mute", "--button", "17"), cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = _lines_until(proc, "[waiting]")
        assert lines[-1] == "[waiting] press the button to talk"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
        assert "Traceback" not in proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()
