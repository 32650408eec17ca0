#!/usr/bin/env python3
"""Adds the other platforms' optional binaries back into package-lock.json.

The npm registry this project installs from lacks some platform builds of newer releases
(biome, workerd, @napi-rs/canvas for macOS, Windows, musl…). `npm install` then leaves them out
of the lock, and `npm ci` refuses a lock that lacks them. They never install on Linux x64 anyway;
listing them (optional, with their os/cpu) makes the lock complete again. Run after `npm install`:
    python3 scripts/lock-platforms.py
"""
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else 'package-lock.json'
lock = json.load(open(path))
packages = lock['packages']


def platform(name):
    os_name = next((v for k, v in {'android': 'android', 'darwin': 'darwin', 'win32': 'win32',
                                     'windows': 'win32', 'linux': 'linux'}.items() if k in name), None)
    cpu = ('arm64' if 'arm64' in name else 'arm' if 'gnueabihf' in name or '-arm-' in name
           else 'riscv64' if 'riscv64' in name else 'x64')
    return os_name, cpu, (['musl'] if 'musl' in name else None)


added = []
for key, entry in list(packages.items()):
    for name, spec in (entry.get('optionalDependencies') or {}).items():
        if f'node_modules/{name}' in packages or f'{key}/node_modules/{name}' in packages:
            continue
        os_name, cpu, libc = platform(name)
        if os_name is None:
            continue
        new = {'version': spec.lstrip('^~='), 'cpu': [cpu], 'optional': True, 'os': [os_name]}
        if libc:
            new['libc'] = libc
        if entry.get('dev'):
            new['dev'] = True
        packages[f'node_modules/{name}'] = dict(sorted(new.items()))
        added.append(name)

lock['packages'] = dict(sorted(packages.items(), key=lambda kv: (kv[0] != '', kv[0])))
with open(path, 'w') as out:
    json.dump(lock, out, indent=2)
    out.write('\n')
print(f'added {len(added)} platform entries' + (f': {", ".join(added)}' if added else ''))
