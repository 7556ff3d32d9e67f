#!/usr/bin/env python3
"""Lists the keys of messages.properties that a translation lacks.

    python3 scripts/missing-translations.py          # French and Italian
    python3 scripts/missing-translations.py el es    # other languages (messages_el.properties, ...)

For each language it prints the missing keys with their English text, ready to translate and
append to messages_<lang>.properties, and the keys that no longer exist in English. The exit
code is 1 when a key is missing (or the file itself), so it can gate a merge. A language whose
file does not exist yet is reported with every key: a start for a new translation.

Dutch is checked by MessagesTest at build time; this script is for the translator's work list.
"""

import pathlib
import sys

MESSAGES = pathlib.Path(__file__).resolve().parent.parent / 'src' / 'main' / 'resources' / 'messages'


def load(path):
    """Keys and raw values of a .properties file (UTF-8, one key=value per line)."""
    entries = {}
    continued = None
    for line in path.read_text(encoding='utf-8').splitlines():
        if continued is not None:
            entries[continued] += '\n' + line
            continued = continued if line.endswith('\\') else None
            continue
        stripped = line.strip()
        if not stripped or stripped[0] in '#!':
            continue
        key, _, value = stripped.partition('=')
        entries[key.strip()] = value
        if value.endswith('\\'):
            continued = key.strip()
    return entries


def main(languages):
    base = load(MESSAGES / 'messages.properties')
    incomplete = False
    for language in languages:
        path = MESSAGES / f'messages_{language}.properties'
        translated = load(path) if path.exists() else {}
        missing = [key for key in base if key not in translated]
        stale = [key for key in translated if key not in base]
        if not path.exists():
            print(f'# {language}: {path.name} does not exist yet')
        print(f'# {language}: {len(missing)} missing, {len(stale)} no longer in messages.properties')
        for key in missing:
            print(f'{key}={base[key]}')
        for key in stale:
            print(f'# not in messages.properties: {key}')
        incomplete = incomplete or bool(missing) or not path.exists()
    return 1 if incomplete else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:] or ['fr', 'it']))
