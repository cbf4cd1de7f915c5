#!/usr/bin/env python3
"""Summarises a Java Flight Recording's CPU samples: the methods most often on top of the stack (self) and the
project's methods most often anywhere on it (inclusive), each as a share of all samples.

Record and summarise, for example with BookBenchmark or a build of a generated book:
    MAVEN_OPTS="-XX:StartFlightRecording=filename=/tmp/book.jfr" mvn package
    jfr print --events jdk.ExecutionSample --stack-depth 64 /tmp/book.jfr | plugin/src/test/bench/jfr-top.py
"""
import collections
import re
import sys

PREFIX = sys.argv[1] if len(sys.argv) > 1 else "org.anthology"
FRAME = re.compile(r"([\w$.<>]+)\(.*line: \d+")

top, anywhere, samples, stack = collections.Counter(), collections.Counter(), 0, []


def count(frames):
    global samples
    if frames:
        samples += 1
        top[frames[0]] += 1
        anywhere.update(set(frames))


for line in sys.stdin:
    text = line.strip()
    if text.startswith("jdk.ExecutionSample"):
        count(stack)
        stack = []
    match = FRAME.match(text)
    if match:
        stack.append(match.group(1))
count(stack)

print(f"{samples} samples")
print("self:")
for method, n in top.most_common(25):
    print(f"  {100 * n / samples:5.1f} %  {method}")
print(f"inclusive, {PREFIX} only:")
for method, n in [m for m in anywhere.most_common() if m[0].startswith(PREFIX)][:40]:
    print(f"  {100 * n / samples:5.1f} %  {method}")
