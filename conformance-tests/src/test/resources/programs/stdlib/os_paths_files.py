import os
import os.path
from os.path import join, splitext
from os import path as p

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
for a in ['a/b/c.txt', '/a/b/', '///x', '', '.bashrc', 'a/.b.c', 'a.b/c', '..', '/', 'a//b']:
    print(repr(a), p.split(a), p.splitext(a), p.basename(a), p.dirname(a), p.isabs(a), p.normpath(a), p.splitdrive(a))
print(join('a', 'b', 'c'), join('a/', '/b', 'c'), join('', 'x'), join('a', ''), os.path.join('/usr', 'lib', '../bin'))
print(p.normpath('/../a/./b/../../c'), p.normpath('//a//b'), p.normpath('a/../..'), p.normpath('../../x/../y'))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/libx']), p.commonprefix([]), p.relpath('/a/b/c', '/a/d'), p.relpath('/a', '/a'))
for bad in [lambda: join('a', 1), lambda: join(1), lambda: p.split(3), lambda: p.relpath(''), lambda: os.fspath(1.5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
cwd = os.getcwd()
print(p.isabs(cwd), p.abspath('x') == join(cwd, 'x'), p.relpath(join(cwd, 'a', 'b')))
d = 'taipan_os_test_dir'
os.makedirs(join(d, 'sub', 'deeper'), exist_ok=True)
os.makedirs(join(d, 'sub'), exist_ok=True)
print(p.isdir(d), p.exists(join(d, 'sub')), p.isfile(d), p.exists(join(d, 'nope')), p.exists('a\0b'))
for bad in [lambda: os.mkdir(d), lambda: os.rmdir(join(d, 'missing')), lambda: os.remove(join(d, 'missing')), lambda: os.rmdir(d),
            lambda: os.rename(join(d, 'm1'), join(d, 'm2')), lambda: os.listdir(join(d, 'none')), lambda: os.makedirs(d), lambda: p.getsize(join(d, 'q')),
            lambda: os.chdir(join(d, 'zz')), lambda: os.remove('x\0y'), lambda: os.remove(join(d, 'sub'))]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e)
    except ValueError as e:
        print('ValueError', e)
os.rename(join(d, 'sub'), join(d, 'moved'))
print(sorted(os.listdir(d)), os.listdir(join(d, 'moved')))
os.chdir(d)
print(p.relpath(cwd), p.relpath('moved/deeper', '..'))
print(os.listdir(), p.basename(os.getcwd()), p.isdir('moved/deeper'))
os.chdir(cwd)
os.rmdir(join(d, 'moved', 'deeper'))
os.rmdir(join(d, 'moved'))
os.rmdir(d)
print(p.exists(d))
os.environ['TAIPAN_TEST_VAR'] = 'v1'
print(os.environ['TAIPAN_TEST_VAR'], os.getenv('TAIPAN_TEST_VAR'), os.getenv('TAIPAN_NOPE'), os.getenv('TAIPAN_NOPE', 'd'), 'TAIPAN_TEST_VAR' in os.environ)
del os.environ['TAIPAN_TEST_VAR']
print(os.environ.get('TAIPAN_TEST_VAR'), 'PATH' in os.environ, isinstance(os.environ.copy(), dict))
try:
    os.environ['TAIPAN_NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
print(os.error is OSError, p.expanduser('~/x') == join(os.environ['HOME'], 'x'), p.expanduser('x~'))
