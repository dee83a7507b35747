#!/usr/bin/env python3
"""Types text into ./nn through a pseudo-terminal (no bracketed paste), in 64-byte writes, and prints the
wall and CPU time of the whole nn process. Arguments KIND:N: o:N one line of an N-element list, m:N an
entry of N lines, l:N N one-line entries. Run from the repository root: python3 bench/typein.py o:9000 m:10000"""
import os, pty, sys, time, select, resource, fcntl, termios, struct
def run(kind, n, chunk=64, env=None):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ['TERM']='xterm'
        if env: os.environ.update(env)
        os.execvp('./nn', ['./nn'])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
    buf=bytearray()
    def drain(t=0.0):
        while True:
            r,_,_=select.select([fd],[],[],t)
            if not r: return
            try: d=os.read(fd,65536)
            except OSError: return
            if not d: return
            buf.extend(d)
            t=0
    t0=time.time()
    while b'nn> ' not in buf and time.time()-t0<60: drain(0.2)
    if kind=='l': text = ''.join('x%d = %d\n' % (i, i) for i in range(n))
    elif kind=='o': text = 'x = [' + ', '.join(str(i) for i in range(n)) + ']\n'
    elif kind=='m': text = 'x = [\n' + ''.join('%d,\n' % i for i in range(n)) + ']\n'
    data=text.encode()
    t0=time.time()
    for i in range(0,len(data),chunk):
        # write without blocking forever: wait until writable
        while True:
            drain(0)
            _,w,_=select.select([],[fd],[],0.05)
            if w: break
        os.write(fd,data[i:i+chunk])
    os.write(fd,b'print "done-" + "marker"\n')
    while b'done-marker' not in buf and time.time()-t0<600: drain(0.1)
    el=time.time()-t0
    os.write(fd,b':quit\n'); drain(1)
    _,status,ru=os.wait4(pid,0)
    if os.environ.get("DUMP"): print(bytes(buf)[:3000])
    print(kind, n, len(data), 'bytes', 'wall %.2fs cpu %.2fs'%(el, ru.ru_utime+ru.ru_stime), 'out', len(buf), flush=True)
for spec in sys.argv[1:]:
    kind,n=spec.split(':'); run(kind,int(n))
