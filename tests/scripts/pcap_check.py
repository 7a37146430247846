#!/usr/bin/env python3
"""Checks an exported capture with Wireshark's own reader, tshark.

Always: tshark reads the whole file; no frame is malformed, has a bad IP/TCP/UDP checksum or
an expert note of error severity; every frame has a comment (the call it comes from); the
section header says the packets were reconstructed, not captured on a wire. On request:
the number of TCP streams, each stream's payload bytes in each direction, the UDP payload
lengths in order, the number of HTTP requests. Exit status 0 when every check holds, 1 with
one line per failed check otherwise.

  pcap_check.py FILE [--streams N] [--tcp-bytes A+B,...] [--udp L,...] [--http-requests N]
"""
import argparse
import struct
import subprocess
import sys

CHECKSUMS = ['-o', 'ip.check_checksum:TRUE', '-o', 'tcp.check_checksum:TRUE',
             '-o', 'udp.check_checksum:TRUE']


def tshark(path, *args):
    run = subprocess.run(['tshark', '-n', '-r', path, *CHECKSUMS, *args],
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError('tshark failed (%d): %s' % (run.returncode, run.stderr.strip()))
    return [line for line in run.stdout.splitlines() if line.strip()]


def fields(path, names, display_filter=None):
    args = ['-T', 'fields', '-E', 'separator=\t']
    for n in names:
        args += ['-e', n]
    if display_filter:
        args += ['-Y', display_filter]
    return [line.split('\t') for line in tshark(path, *args)]


def section_header_says_reconstructed(path):
    with open(path, 'rb') as f:
        head = f.read(12)
        if len(head) < 12 or struct.unpack('<I', head[:4])[0] != 0x0A0D0D0A:
            return False
        length = struct.unpack('<I', head[4:8])[0]
        block = head + f.read(max(0, length - 12))
    return b'not captured on a wire' in block


def tcp_totals(path):
    """Per stream, in stream order: 'bytes from the SYN's sender + bytes from the other'."""
    streams = {}
    for stream, syn, ack, port, length in fields(
            path, ['tcp.stream', 'tcp.flags.syn', 'tcp.flags.ack', 'tcp.srcport', 'tcp.len'], 'tcp'):
        s = streams.setdefault(int(stream), {'client': None, 'bytes': {}})
        if syn in ('1', 'True') and ack in ('0', 'False'):
            s['client'] = port
        if s['client'] is None:
            s['client'] = port
        s['bytes'][port] = s['bytes'].get(port, 0) + int(length or 0)
    out = []
    for n in sorted(streams):
        s = streams[n]
        mine = s['bytes'].get(s['client'], 0)
        theirs = sum(v for p, v in s['bytes'].items() if p != s['client'])
        out.append('%d+%d' % (mine, theirs))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument('file')
    p.add_argument('--streams', type=int)
    p.add_argument('--tcp-bytes')
    p.add_argument('--udp')
    p.add_argument('--http-requests', type=int)
    a = p.parse_args()
    failed = []
    try:
        bad = fields(a.file, ['frame.number', '_ws.expert.message'],
                     '_ws.malformed || _ws.expert.severity == "Error" || ip.checksum.status == "Bad"'
                     ' || tcp.checksum.status == "Bad" || udp.checksum.status == "Bad"')
        for row in bad:
            failed.append('frame %s: %s' % (row[0], row[1] if len(row) > 1 else 'malformed'))
        frames = fields(a.file, ['frame.number', 'frame.comment'])
        if not frames:
            failed.append('no frames')
        for row in frames:
            if len(row) < 2 or not row[1]:
                failed.append('frame %s has no comment naming its call' % row[0])
        if not section_header_says_reconstructed(a.file):
            failed.append('the section header does not say the packets were reconstructed')
        if a.streams is not None or a.tcp_bytes is not None:
            totals = tcp_totals(a.file)
            if a.streams is not None and len(totals) != a.streams:
                failed.append('%d TCP streams, expected %d' % (len(totals), a.streams))
            if a.tcp_bytes is not None and ','.join(totals) != a.tcp_bytes:
                failed.append('TCP bytes per stream %s, expected %s' % (','.join(totals), a.tcp_bytes))
        if a.udp is not None:
            lengths = ','.join(str(int(r[0]) - 8) for r in fields(a.file, ['udp.length'], 'udp'))
            if lengths != a.udp:
                failed.append('UDP payload lengths %s, expected %s' % (lengths, a.udp))
        if a.http_requests is not None:
            n = len(fields(a.file, ['frame.number'], 'http.request'))
            if n != a.http_requests:
                failed.append('%d HTTP requests, expected %d' % (n, a.http_requests))
    except (RuntimeError, OSError) as e:
        failed.append(str(e))
    for f in failed:
        print('pcap_check: %s: %s' % (a.file, f))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
