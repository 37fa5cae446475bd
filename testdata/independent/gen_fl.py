#!/usr/bin/env python3
"""Deterministic generator for the 'fl' held-out PHI corpus.

Polyglot patient scheduling / billing platform: every service logs records through
its language's debug representation (Go %v/%+v/%#v, Rust {:?}/{:#?}, Elixir inspect,
Ruby inspect, PHP print_r/var_dump/var_export, Python repr, Java/Kotlin toString,
C# records, Scala case classes), embedded in the service's normal log line.

Standard library only.  Writes fl.log and fl.labels.jsonl next to this file.
"""
import base64
import json
import os
import re
import unicodedata
import random
from datetime import date, datetime, timedelta

ID = 'fl'
random.seed(20240305)
rnd = random.random
ch = random.choice
ri = random.randint
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# ---------------------------------------------------------------- builder
class B:
    """Line builder: concatenates text, records byte offsets of PHI spans."""

    def __init__(self):
        self.buf = bytearray()
        self.spans = []
        self.esc = []

    def _e(self, s):
        for f in reversed(self.esc):
            s = f(s)
        return s

    def t(self, s):
        self.buf += self._e(s).encode('utf-8')

    def p(self, s, cat=None):
        if not cat:
            self.t(s)
            return
        enc = self._e(s).encode('utf-8')
        assert enc, 'empty span'
        st = len(self.buf)
        self.buf += enc
        self.spans.append({'s': st, 'e': len(self.buf), 'cat': cat, 'v': enc})

    def push(self, f):
        self.esc.append(f)

    def pop(self):
        self.esc.pop()


def esc_dq(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


def esc_json(s):
    out = []
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif c == '\n':
            out.append('\\n')
        elif c == '\t':
            out.append('\\t')
        elif ord(c) < 0x20:
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    return ''.join(out)


def esc_json_ascii(s):
    return json.dumps(s)[1:-1]


def esc_php_sq(s):
    return s.replace('\\', '\\\\').replace("'", "\\'")


def esc_rb(s):
    s = esc_dq(s)
    return s.replace('#{', '\\#{').replace('#$', '\\#$').replace('#@', '\\#@')


# ---------------------------------------------------------------- values
class S:
    def __init__(self, text='', cat=None, segs=None, charlist=False):
        self.segs = list(segs) if segs is not None else [(text, cat)]
        self.charlist = charlist

    @property
    def raw(self):
        return ''.join(t for t, _ in self.segs)


class I:
    def __init__(self, n, cat=None):
        self.n, self.cat = n, cat


class F:
    def __init__(self, text):
        self.text = text


class Bo:
    def __init__(self, v):
        self.v = v


class Nil:
    def __init__(self, gotype='*string'):
        self.gotype = gotype


class En:
    def __init__(self, name, tname='Status', ordinal=0):
        self.name, self.tname, self.ordinal = name, tname, ordinal


class Dt:
    def __init__(self, d, cat=None, tz='UTC'):
        self.d, self.cat, self.tz = d, cat, tz

    @property
    def isdate(self):
        return not isinstance(self.d, datetime)


class Ob:
    def __init__(self, tname, fields, ptr=False, tup=False):
        self.tname, self.fields, self.ptr, self.tup = tname, fields, ptr, tup


class Mp:
    def __init__(self, items, skeys=True):
        self.items, self.skeys = items, skeys


class Li:
    def __init__(self, items, gotype='[]string'):
        self.items, self.gotype = items, gotype


class Op:
    def __init__(self, v):
        self.v = v


class U:
    def __init__(self, text):
        self.text = text


class Dec:
    def __init__(self, text):
        self.text = text


class Du:
    def __init__(self, sec):
        self.sec = sec


class Raw:
    def __init__(self, text, cat=None):
        self.text, self.cat = text, cat


CTX = {}

# ---------------------------------------------------------------- key conventions
GO_INIT = {'id': 'ID', 'dob': 'DOB', 'mrn': 'MRN', 'ssn': 'SSN', 'url': 'URL', 'ip': 'IP', 'vin': 'VIN',
           'mbi': 'MBI', 'imei': 'IMEI', 'mac': 'MAC', 'npi': 'NPI', 'udi': 'UDI', 'uuid': 'UUID', 'dl': 'DL',
           'sms': 'SMS', 'iban': 'IBAN', 'api': 'API', 'dos': 'DOS', 'ehr': 'EHR', 'nhs': 'NHS', 'sin': 'SIN',
           'db': 'DB', 'http': 'HTTP', 'ttl': 'TTL', 'isa': 'ISA', 'gs': 'GS', 'cpt': 'CPT', 'sql': 'SQL',
           'smtp': 'SMTP', 'cpf': 'CPF', 'dni': 'DNI', 'icn': 'ICN', 'bic': 'BIC', 'pdf': 'PDF'}


def pascal(k, go=False):
    if k.startswith('='):
        return k[1:]
    out = []
    for p in k.split('_'):
        if not p:
            continue
        if go and p in GO_INIT:
            out.append(GO_INIT[p])
        else:
            out.append(p[:1].upper() + p[1:])
    return ''.join(out)


def camel(k):
    if k.startswith('='):
        return k[1:]
    p = [x for x in k.split('_') if x]
    return p[0] + ''.join(x[:1].upper() + x[1:] for x in p[1:])


def snake(k):
    return k[1:] if k.startswith('=') else k


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
ZONES = {'UTC': (0, 0, 'UTC', 'UTC'), 'America/Chicago': (-360, -300, 'CST', 'CDT'),
         'America/New_York': (-300, -240, 'EST', 'EDT'), 'America/Los_Angeles': (-480, -420, 'PST', 'PDT'),
         'America/Denver': (-420, -360, 'MST', 'MDT'), 'America/Phoenix': (-420, -420, 'MST', 'MST'),
         'Pacific/Honolulu': (-600, -600, 'HST', 'HST')}


def zoff(v):
    if v.isdate or v.tz == 'UTC':
        return 0, 'UTC'
    std, dst, a1, a2 = ZONES[v.tz]
    if v.d >= datetime(2024, 3, 10, 2, 0):
        return dst, a2
    return std, a1


def offstr(m, colon=True):
    sign = '-' if m < 0 else '+'
    m = abs(m)
    return f'{sign}{m // 60:02d}:{m % 60:02d}' if colon else f'{sign}{m // 60:02d}{m % 60:02d}'


def frac6(d):
    return f'.{d.microsecond:06d}' if d.microsecond else ''


def trimdur(sec):
    ns = int(round(sec * 1e9))
    if ns < 1000:
        return f'{ns}ns'

    def trim(unit, suf):
        whole, frac = divmod(ns, unit)
        fs = f'{frac:0{len(str(unit)) - 1}d}'.rstrip('0')
        return f'{whole}.{fs}{suf}' if fs else f'{whole}{suf}'
    if ns < 10 ** 6:
        return trim(1000, 'µs')
    if ns < 10 ** 9:
        return trim(10 ** 6, 'ms')
    if ns < 60 * 10 ** 9:
        return trim(10 ** 9, 's')
    m, rest = divmod(ns, 60 * 10 ** 9)
    whole, frac = divmod(rest, 10 ** 9)
    fs = f'{frac:09d}'.rstrip('0')
    return f'{m}m{whole}.{fs}s' if fs else f'{m}m{whole}s'


def rust_dur(sec):
    if sec < 60:
        return trimdur(sec)
    ns = int(round(sec * 1e9))
    whole, frac = divmod(ns, 10 ** 9)
    fs = f'{frac:09d}'.rstrip('0')
    return f'{whole}.{fs}s' if fs else f'{whole}s'


def java_dur(sec):
    us = int(round(sec * 1e6))
    h, rest = divmod(us, 3600 * 10 ** 6)
    m, rest = divmod(rest, 60 * 10 ** 6)
    sw, sf = divmod(rest, 10 ** 6)
    out = 'PT' + (f'{h}H' if h else '') + (f'{m}M' if m else '')
    if rest or not (h or m):
        fs = f'{sf:06d}'.rstrip('0')
        out += f'{sw}.{fs}S' if fs else f'{sw}S'
    return out


def kotlin_dur(sec):
    if sec < 60:
        return trimdur(round(sec, 6))
    tot = int(round(sec))
    h, rest = divmod(tot, 3600)
    m, s2 = divmod(rest, 60)
    parts = ([f'{h}h'] if h else []) + ([f'{m}m'] if m else []) + ([f'{s2}s'] if s2 else [])
    return ' '.join(parts)


def hexs(n):
    return ''.join(ch('0123456789abcdef') for _ in range(n))


def uid():
    h = hexs(32)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch("89ab")}{h[17:20]}-{h[20:32]}'


B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def gaddr():
    return '0xc000' + hexs(6)


def rbaddr():
    return '0x0000' + ch(['7f', '7f', '55', '56']) + hexs(10)


# ---------------------------------------------------------------- renderers
def segs_out(b, v):
    for t, c in v.segs:
        b.p(t, c)


# ---- Go
def go_time(b, v, mode):
    d = v.d
    if mode == '#v':
        b.t('time.Date(')
        if v.isdate:
            b.p(f'{d.year}, time.{MONTHS[d.month - 1]}, {d.day}', v.cat)
            b.t(', 0, 0, 0, 0, time.UTC)')
        else:
            b.p(f'{d.year}, time.{MONTHS[d.month - 1]}, {d.day}, {d.hour}, {d.minute}, {d.second}', v.cat)
            loc = 'time.UTC' if v.tz == 'UTC' else f'time.Location("{v.tz}")'
            b.t(f', {d.microsecond * 1000}, {loc})')
        return
    if v.isdate:
        b.p(d.isoformat(), v.cat)
        b.t(' 00:00:00 +0000 UTC')
    else:
        off, ab = zoff(v)
        b.p(d.strftime('%Y-%m-%d %H:%M:%S'), v.cat)
        b.t(f'{frac6(d)} {offstr(off, False)} {ab}')


def go_v(b, v, mode, top=False):
    if isinstance(v, S):
        if mode == '#v':
            b.t('"')
            b.push(esc_dq)
            segs_out(b, v)
            b.pop()
            b.t('"')
        else:
            segs_out(b, v)
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('true' if v.v else 'false')
    elif isinstance(v, Nil):
        if mode != '#v':
            b.t('<nil>')
        elif v.gotype.startswith('*'):
            b.t(f'({v.gotype})(nil)')
        else:
            b.t(f'{v.gotype}(nil)')
    elif isinstance(v, En):
        b.t(pascal(v.name) if mode != '#v' else str(v.ordinal))
    elif isinstance(v, Dt):
        go_time(b, v, mode)
    elif isinstance(v, Ob):
        pkg = CTX.get('gopkg', 'models')
        if not top and v.ptr:
            a = gaddr()
            b.t(a if mode != '#v' else f'(*{pkg}.{v.tname})({a})')
            return
        if top and v.ptr:
            b.t('&')
        if mode == '#v':
            b.t(f'{pkg}.{v.tname}')
        b.t('{')
        for i, (k, x) in enumerate(v.fields):
            if i:
                b.t(', ' if mode == '#v' else ' ')
            if mode != 'v':
                b.t(pascal(k, True) + ':')
            go_v(b, x, mode)
        b.t('}')
    elif isinstance(v, Mp):
        items = sorted(v.items, key=lambda kv: kv[0])
        if mode == '#v':
            b.t('map[string]interface {}{')
            for i, (k, x) in enumerate(items):
                if i:
                    b.t(', ')
                b.t(f'"{k}":')
                go_v(b, x, mode)
            b.t('}')
        else:
            b.t('map[')
            for i, (k, x) in enumerate(items):
                if i:
                    b.t(' ')
                b.t(f'{k}:')
                go_v(b, x, mode)
            b.t(']')
    elif isinstance(v, Li):
        if mode == '#v':
            b.t(v.gotype + '{')
            sep = ', '
        else:
            b.t('[')
            sep = ' '
        for i, x in enumerate(v.items):
            if i:
                b.t(sep)
            if isinstance(x, Ob) and v.gotype.startswith('[]*'):
                # slice of pointers: elements print as addresses in %v/%+v, as (*T)(0x..) in %#v
                a = gaddr()
                b.t(a if mode != '#v' else f'(*{CTX.get("gopkg", "models")}.{x.tname})({a})')
            else:
                go_v(b, x, mode)
        b.t('}' if mode == '#v' else ']')
    elif isinstance(v, Op):
        if v.v is None:
            b.t('<nil>' if mode != '#v' else '(*string)(nil)')
        else:
            a = gaddr()
            b.t(a if mode != '#v' else f'(*string)({a})')
    elif isinstance(v, U):
        if mode == '#v':
            h = v.text.replace('-', '')
            b.t('uuid.UUID{' + ', '.join('0x' + (h[i:i + 2].lstrip('0') or '0') for i in range(0, 32, 2)) + '}')
        else:
            b.t(v.text)
    elif isinstance(v, Dec):
        if mode == '#v':
            exp = -len(v.text.split('.')[1]) if '.' in v.text else 0
            b.t(f'decimal.Decimal{{value:(*big.Int)({gaddr()}), exp:{exp}}}')
        else:
            b.t(v.text)
    elif isinstance(v, Du):
        b.t(str(int(round(v.sec * 1e9))) if mode == '#v' else trimdur(v.sec))
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


# ---- Rust
def rs_v(b, v, pretty):
    if isinstance(v, S):
        b.t('"')
        b.push(esc_dq)
        segs_out(b, v)
        b.pop()
        b.t('"')
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('true' if v.v else 'false')
    elif isinstance(v, Nil):
        b.t('None')
    elif isinstance(v, En):
        b.t(pascal(v.name))
    elif isinstance(v, Dt):
        d = v.d
        if v.isdate:
            b.p(d.isoformat(), v.cat)
        else:
            b.p(d.strftime('%Y-%m-%dT%H:%M:%S'), v.cat)
            off, _ = zoff(v)
            b.t(frac6(d) + ('Z' if v.tz == 'UTC' else offstr(off)))
    elif isinstance(v, Ob):
        if v.tup:
            b.t(v.tname + ('( ' if pretty else '('))
            for i, (k, x) in enumerate(v.fields):
                if i:
                    b.t(', ')
                rs_v(b, x, pretty)
            b.t(', )' if pretty else ')')
            return
        if not v.fields:
            b.t(v.tname)
            return
        b.t(v.tname + ' { ')
        for i, (k, x) in enumerate(v.fields):
            if i:
                b.t(', ')
            b.t(snake(k) + ': ')
            rs_v(b, x, pretty)
        b.t(', }' if pretty else ' }')
    elif isinstance(v, Mp):
        if not v.items:
            b.t('{}')
            return
        b.t('{ ' if pretty else '{')
        for i, (k, x) in enumerate(v.items):
            if i:
                b.t(', ')
            b.t(f'"{k}": ')
            rs_v(b, x, pretty)
        b.t(', }' if pretty else '}')
    elif isinstance(v, Li):
        if not v.items:
            b.t('[]')
            return
        b.t('[ ' if pretty else '[')
        for i, x in enumerate(v.items):
            if i:
                b.t(', ')
            rs_v(b, x, pretty)
        b.t(', ]' if pretty else ']')
    elif isinstance(v, Op):
        if v.v is None:
            b.t('None')
        else:
            b.t('Some( ' if pretty else 'Some(')
            rs_v(b, v.v, pretty)
            b.t(', )' if pretty else ')')
    elif isinstance(v, U):
        b.t(v.text)
    elif isinstance(v, Dec):
        b.t(v.text)
    elif isinstance(v, Du):
        b.t(rust_dur(v.sec))
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


# ---- Elixir
EX_NS = {'Patient': 'Clinic.Patients.Patient', 'Address': 'Clinic.Patients.Address',
         'Appointment': 'Clinic.Scheduling.Appointment', 'Claim': 'Billing.Claims.Claim',
         'ServiceLine': 'Billing.Claims.ServiceLine', 'Slot': 'Clinic.Scheduling.Slot'}


def ex_v(b, v):
    if isinstance(v, S):
        if v.charlist:
            if CTX.get('ex_cl') == "'":
                b.t("'")
                segs_out(b, v)
                b.t("'")
            else:
                b.t('~c"')
                segs_out(b, v)
                b.t('"')
        else:
            b.t('"')
            b.push(esc_dq)
            segs_out(b, v)
            b.pop()
            b.t('"')
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('true' if v.v else 'false')
    elif isinstance(v, Nil):
        b.t('nil')
    elif isinstance(v, En):
        b.t(':' + v.name)
    elif isinstance(v, Dt):
        d = v.d
        if v.isdate:
            b.t('~D[')
            b.p(d.isoformat(), v.cat)
            b.t(']')
        elif v.tz == 'UTC':
            b.t('~U[')
            b.p(d.strftime('%Y-%m-%d %H:%M:%S'), v.cat)
            b.t(frac6(d) + 'Z]')
        elif CTX.get('ex_naive'):
            b.t('~N[')
            b.p(d.strftime('%Y-%m-%d %H:%M:%S'), v.cat)
            b.t(']')
        else:
            off, ab = zoff(v)
            b.t('#DateTime<')
            b.p(d.strftime('%Y-%m-%d %H:%M:%S'), v.cat)
            b.t(f'{offstr(off)} {ab} {v.tz}>')
    elif isinstance(v, Ob):
        name = EX_NS.get(v.tname, 'Clinic.' + v.tname)
        fields = list(v.fields)
        if CTX.get('ex_ecto') and v is CTX.get('ex_top'):
            fields.append(('__meta__', Raw(f'#Ecto.Schema.Metadata<:loaded, "{snake(v.tname).lower()}s">')))
        b.t('%' + name + '{')
        for i, (k, x) in enumerate(sorted(fields, key=lambda kv: snake(kv[0]))):
            if i:
                b.t(', ')
            b.t(snake(k) + ': ')
            ex_v(b, x)
        b.t('}')
    elif isinstance(v, Mp):
        b.t('%{')
        for i, (k, x) in enumerate(sorted(v.items, key=lambda kv: kv[0])):
            if i:
                b.t(', ')
            b.t(f'"{k}" => ' if v.skeys else f'{k}: ')
            ex_v(b, x)
        b.t('}')
    elif isinstance(v, Li):
        b.t('[')
        for i, x in enumerate(v.items):
            if i:
                b.t(', ')
            ex_v(b, x)
        b.t(']')
    elif isinstance(v, Op):
        ex_v(b, v.v if v.v is not None else Nil())
    elif isinstance(v, U):
        b.t(f'"{v.text}"')
    elif isinstance(v, Dec):
        b.t(f'Decimal.new("{v.text}")')
    elif isinstance(v, Du):
        b.t(str(int(round(v.sec * 1000))))
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


# ---- Ruby
def bigdec_inspect(text):
    neg = text.startswith('-')
    t = text.lstrip('-')
    ip, _, fp = t.partition('.')
    ipz = ip.lstrip('0')
    if ipz:
        exp = len(ipz)
        digs = (ipz + fp).rstrip('0')
    else:
        lead = len(fp) - len(fp.lstrip('0'))
        exp = -lead
        digs = fp.lstrip('0').rstrip('0')
    if not digs:
        return '0.0'
    return f'{"-" if neg else ""}0.{digs}e{exp}'


def rb_time(b, v, ar):
    d = v.d
    if v.isdate:
        if ar:
            b.t('"')
            b.p(d.isoformat(), v.cat)
            b.t('"')
        else:
            jd = d.toordinal() + 1721425
            b.t('#<Date: ')
            b.p(d.isoformat(), v.cat)
            b.t(f' (({jd}j,0s,0n),+0s,2299161j)>')
    else:
        off, _ = zoff(v)
        if ar:
            b.t('"')
            b.p(d.strftime('%Y-%m-%d %H:%M:%S'), v.cat)
            b.t(f'.{d.microsecond:06d}000 {offstr(off, False)}"')
        else:
            b.p(d.strftime('%Y-%m-%d %H:%M:%S'), v.cat)
            b.t(frac6(d) + (' UTC' if v.tz == 'UTC' else ' ' + offstr(off, False)))


def rb_key(k, sym):
    style = CTX.get('rb_h', 'old')
    if sym:
        return f':{k}=>' if style == 'old' else f'{k}: '
    return f'"{k}"=>' if style == 'old' else f'"{k}" => '


def rb_v(b, v, ar=False):
    if isinstance(v, S):
        b.t('"')
        b.push(esc_rb)
        segs_out(b, v)
        b.pop()
        b.t('"')
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('true' if v.v else 'false')
    elif isinstance(v, Nil):
        b.t('nil')
    elif isinstance(v, En):
        b.t(f'"{v.name}"' if ar else ':' + v.name)
    elif isinstance(v, Dt):
        rb_time(b, v, ar)
    elif isinstance(v, Ob):
        st = CTX.get('rb_o', 'ivar')
        if st == 'ar' and all(not isinstance(x, (Ob, Li, Mp)) for _, x in v.fields):
            b.t(f'#<{v.tname} ')
            for i, (k, x) in enumerate(v.fields):
                if i:
                    b.t(', ')
                b.t(snake(k) + ': ')
                rb_v(b, x, True)
            b.t('>')
        elif st == 'struct':
            b.t(f'#<struct {v.tname} ')
            for i, (k, x) in enumerate(v.fields):
                if i:
                    b.t(', ')
                b.t(snake(k) + '=')
                rb_v(b, x)
            b.t('>')
        else:
            b.t(f'#<{v.tname}:{rbaddr()} ')
            for i, (k, x) in enumerate(v.fields):
                if i:
                    b.t(', ')
                b.t('@' + snake(k) + '=')
                rb_v(b, x)
            b.t('>')
    elif isinstance(v, Mp):
        b.t('{')
        for i, (k, x) in enumerate(v.items):
            if i:
                b.t(', ')
            b.t(rb_key(k, not v.skeys))
            rb_v(b, x)
        b.t('}')
    elif isinstance(v, Li):
        b.t('[')
        for i, x in enumerate(v.items):
            if i:
                b.t(', ')
            rb_v(b, x)
        b.t(']')
    elif isinstance(v, Op):
        rb_v(b, v.v if v.v is not None else Nil(), ar)
    elif isinstance(v, U):
        b.t(f'"{v.text}"')
    elif isinstance(v, Dec):
        b.t(bigdec_inspect(v.text))
    elif isinstance(v, Du):
        b.t(repr(round(float(v.sec), 6)))
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


# ---- PHP
PHP_NS = {'Patient': 'App\\Models\\Patient', 'Address': 'App\\ValueObjects\\Address',
          'Claim': 'App\\Billing\\Claim', 'Payment': 'App\\Billing\\PaymentData',
          'Appointment': 'App\\Models\\Appointment'}


def php_name(t):
    return PHP_NS.get(t, 'App\\DTO\\' + t)


def php_key(k):
    return camel(k) if CTX.get('php_k') == 'camel' else snake(k)


def php_dt_text(v):
    d = v.d
    return d.isoformat() if v.isdate else d.strftime('%Y-%m-%d %H:%M:%S')


def php_pr(b, v):
    if isinstance(v, S):
        segs_out(b, v)
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('1' if v.v else '')
    elif isinstance(v, Nil):
        pass
    elif isinstance(v, En):
        b.t(f'App\\Enums\\{v.tname} Enum ( [name] => {pascal(v.name)} [value] => {v.name} )')
    elif isinstance(v, Dt):
        d = v.d
        if CTX.get('php_carbon'):
            b.t('Carbon\\Carbon Object ( [date] => ')
            if v.isdate:
                b.p(d.isoformat(), v.cat)
                b.t(' 00:00:00.000000 [timezone_type] => 3 [timezone] => UTC )')
            else:
                b.p(d.strftime('%Y-%m-%d %H:%M:%S'), v.cat)
                b.t(f'.{d.microsecond:06d} [timezone_type] => 3 [timezone] => {v.tz} )')
        else:
            b.p(php_dt_text(v), v.cat)
    elif isinstance(v, Ob):
        b.t(php_name(v.tname) + ' Object ( ')
        for k, x in v.fields:
            vis = ':protected' if CTX.get('php_prot') else ''
            b.t(f'[{php_key(k)}{vis}] => ')
            php_pr(b, x)
            b.t(' ')
        b.t(')')
    elif isinstance(v, (Mp, Li)):
        items = v.items if isinstance(v, Mp) else list(enumerate(v.items))
        b.t('Array ( ')
        for k, x in items:
            b.t(f'[{k}] => ')
            php_pr(b, x)
            b.t(' ')
        b.t(')')
    elif isinstance(v, Op):
        if v.v is not None:
            php_pr(b, v.v)
    elif isinstance(v, (U, Dec)):
        b.t(v.text)
    elif isinstance(v, Du):
        b.t(f'{v.sec * 1000:.2f}'.rstrip('0').rstrip('.'))
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


def php_float(x):
    s = repr(round(x, 3))
    return s[:-2] if s.endswith('.0') else s


def php_vd(b, v):
    if isinstance(v, S):
        b.t(f'string({len(v.raw.encode("utf-8"))}) "')
        segs_out(b, v)
        b.t('"')
    elif isinstance(v, I):
        b.t('int(')
        b.p(str(v.n), v.cat)
        b.t(')')
    elif isinstance(v, F):
        b.t(f'float({v.text})')
    elif isinstance(v, Bo):
        b.t('bool(true)' if v.v else 'bool(false)')
    elif isinstance(v, Nil):
        b.t('NULL')
    elif isinstance(v, En):
        b.t(f'enum(App\\Enums\\{v.tname}::{pascal(v.name)})')
    elif isinstance(v, Dt):
        d = v.d
        if CTX.get('php_carbon'):
            core = d.isoformat() if v.isdate else d.strftime('%Y-%m-%d %H:%M:%S')
            txt = core + (' 00:00:00.000000' if v.isdate else f'.{d.microsecond:06d}')
            b.t(f'object(DateTimeImmutable)#{ri(20, 900)} (3) {{ ["date"]=> string({len(txt)}) "')
            b.p(core, v.cat)
            tz = 'UTC' if v.isdate else v.tz
            b.t(txt[len(core):] + f'" ["timezone_type"]=> int(3) ["timezone"]=> string({len(tz)}) "{tz}" }}')
        else:
            txt = php_dt_text(v)
            b.t(f'string({len(txt)}) "')
            b.p(txt, v.cat)
            b.t('"')
    elif isinstance(v, Ob):
        b.t(f'object({php_name(v.tname)})#{ri(12, 2400)} ({len(v.fields)}) {{ ')
        for k, x in v.fields:
            vis = ':protected' if CTX.get('php_prot') else ''
            b.t(f'["{php_key(k)}"{vis}]=> ')
            php_vd(b, x)
            b.t(' ')
        b.t('}')
    elif isinstance(v, (Mp, Li)):
        items = v.items if isinstance(v, Mp) else list(enumerate(v.items))
        b.t(f'array({len(items)}) {{ ')
        for k, x in items:
            b.t(f'[{k}]=> ' if isinstance(k, int) else f'["{k}"]=> ')
            php_vd(b, x)
            b.t(' ')
        b.t('}')
    elif isinstance(v, Op):
        php_vd(b, v.v if v.v is not None else Nil())
    elif isinstance(v, (U, Dec)):
        b.t(f'string({len(v.text)}) "{v.text}"')
    elif isinstance(v, Du):
        b.t(f'float({php_float(v.sec * 1000)})')
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


def php_ve(b, v):
    if isinstance(v, S):
        b.t("'")
        b.push(esc_php_sq)
        segs_out(b, v)
        b.pop()
        b.t("'")
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('true' if v.v else 'false')
    elif isinstance(v, Nil):
        b.t('NULL')
    elif isinstance(v, En):
        b.t(f'\\App\\Enums\\{v.tname}::{pascal(v.name)}')
    elif isinstance(v, Dt):
        b.t("'")
        b.p(php_dt_text(v), v.cat)
        b.t("'")
    elif isinstance(v, Ob):
        b.t(f'\\{php_name(v.tname)}::__set_state(array( ')
        for k, x in v.fields:
            b.t(f"'{php_key(k)}' => ")
            php_ve(b, x)
            b.t(', ')
        b.t('))')
    elif isinstance(v, (Mp, Li)):
        items = v.items if isinstance(v, Mp) else list(enumerate(v.items))
        b.t('array ( ')
        for k, x in items:
            b.t(f'{k} => ' if isinstance(k, int) else f"'{k}' => ")
            php_ve(b, x)
            b.t(', ')
        b.t(')')
    elif isinstance(v, Op):
        php_ve(b, v.v if v.v is not None else Nil())
    elif isinstance(v, (U, Dec)):
        b.t(f"'{v.text}'")
    elif isinstance(v, Du):
        b.t(php_float(v.sec * 1000))
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


def js_v(b, v):
    """json_encode-like rendering (unescaped slashes / unicode)."""
    if isinstance(v, S):
        b.t('"')
        b.push(esc_json)
        segs_out(b, v)
        b.pop()
        b.t('"')
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('true' if v.v else 'false')
    elif isinstance(v, Nil):
        b.t('null')
    elif isinstance(v, En):
        b.t(f'"{v.name}"')
    elif isinstance(v, Dt):
        d = v.d
        b.t('"')
        if v.isdate:
            b.p(d.isoformat(), v.cat)
        else:
            off, _ = zoff(v)
            b.p(d.strftime('%Y-%m-%dT%H:%M:%S'), v.cat)
            b.t((f'.{d.microsecond:06d}Z' if v.tz == 'UTC' else offstr(off)))
        b.t('"')
    elif isinstance(v, (Ob, Mp)):
        items = v.fields if isinstance(v, Ob) else v.items
        b.t('{')
        for i, (k, x) in enumerate(items):
            if i:
                b.t(',')
            kk = php_key(k) if isinstance(v, Ob) else k
            b.t(f'"{kk}":')
            js_v(b, x)
        b.t('}')
    elif isinstance(v, Li):
        b.t('[')
        for i, x in enumerate(v.items):
            if i:
                b.t(',')
            js_v(b, x)
        b.t(']')
    elif isinstance(v, Op):
        js_v(b, v.v if v.v is not None else Nil())
    elif isinstance(v, (U, Dec)):
        b.t(f'"{v.text}"')
    elif isinstance(v, Du):
        b.t(repr(round(float(v.sec), 6)))
    elif isinstance(v, Raw):
        b.t('"')
        b.p(v.text, v.cat)
        b.t('"')
    else:
        raise TypeError(v)


# ---- Python
def py_q(raw):
    return '"' if ("'" in raw and '"' not in raw) else "'"


def py_v(b, v):
    if isinstance(v, S):
        q = py_q(v.raw)
        b.t(q)
        b.push(lambda s, q=q: s.replace('\\', '\\\\').replace(q, '\\' + q))
        segs_out(b, v)
        b.pop()
        b.t(q)
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('True' if v.v else 'False')
    elif isinstance(v, Nil):
        b.t('None')
    elif isinstance(v, En):
        b.t(f"<{v.tname}.{v.name.upper()}: '{v.name}'>")
    elif isinstance(v, Dt):
        d = v.d
        if v.isdate:
            b.t('datetime.date(')
            b.p(f'{d.year}, {d.month}, {d.day}', v.cat)
            b.t(')')
        else:
            parts = [d.year, d.month, d.day, d.hour, d.minute]
            if d.second or d.microsecond:
                parts.append(d.second)
            b.t('datetime.datetime(')
            b.p(', '.join(str(x) for x in parts), v.cat)
            if d.microsecond:
                b.t(f', {d.microsecond}')
            if v.tz == 'UTC':
                b.t(', tzinfo=datetime.timezone.utc)')
            else:
                b.t(f", tzinfo=zoneinfo.ZoneInfo(key='{v.tz}'))")
    elif isinstance(v, Ob):
        if CTX.get('py_pyd1') and CTX.get('py_top') is v:
            for i, (k, x) in enumerate(v.fields):
                if i:
                    b.t(' ')
                b.t(snake(k) + '=')
                py_v(b, x)
            return
        b.t(v.tname + '(')
        for i, (k, x) in enumerate(v.fields):
            if i:
                b.t(', ')
            b.t(snake(k) + '=')
            py_v(b, x)
        b.t(')')
    elif isinstance(v, Mp):
        b.t('{')
        for i, (k, x) in enumerate(v.items):
            if i:
                b.t(', ')
            b.t(f"'{k}': ")
            py_v(b, x)
        b.t('}')
    elif isinstance(v, Li):
        b.t('[')
        for i, x in enumerate(v.items):
            if i:
                b.t(', ')
            py_v(b, x)
        b.t(']')
    elif isinstance(v, Op):
        py_v(b, v.v if v.v is not None else Nil())
    elif isinstance(v, U):
        b.t(f"UUID('{v.text}')")
    elif isinstance(v, Dec):
        b.t(f"Decimal('{v.text}')")
    elif isinstance(v, Du):
        us = int(round(v.sec * 1e6))
        s, u = divmod(us, 10 ** 6)
        parts = []
        if s:
            parts.append(f'seconds={s}')
        if u:
            parts.append(f'microseconds={u}')
        b.t('datetime.timedelta(' + ', '.join(parts) + ')')
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


# ---- Java / Kotlin
def jv_v(b, v):
    st = CTX.get('jv', 'intellij')
    if isinstance(v, S):
        if st == 'intellij':
            b.t("'")
            segs_out(b, v)
            b.t("'")
        else:
            segs_out(b, v)
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('true' if v.v else 'false')
    elif isinstance(v, Nil):
        b.t('null')
    elif isinstance(v, En):
        b.t(v.name.upper())
    elif isinstance(v, Dt):
        d = v.d
        if v.isdate:
            b.p(d.isoformat(), v.cat)
        elif v.tz == 'UTC':
            b.p(d.strftime('%Y-%m-%dT%H:%M:%S'), v.cat)
            b.t((f'.{d.microsecond:06d}'.rstrip('0') if d.microsecond else '') + 'Z')
        else:
            core = d.strftime('%Y-%m-%dT%H:%M') + (f':{d.second:02d}' if d.second else '')
            b.p(core, v.cat)
            off, _ = zoff(v)
            zmode = CTX.get('jv_zone', 'zoned')
            if zmode == 'zoned':
                b.t(f'{offstr(off)}[{v.tz}]')
            elif zmode == 'offset':
                b.t(offstr(off))
    elif isinstance(v, Ob):
        if st == 'intellij':
            o, c = '{', '}'
        elif st == 'record':
            o, c = '[', ']'
        else:
            o, c = '(', ')'
        b.t(v.tname + o)
        for i, (k, x) in enumerate(v.fields):
            if i:
                b.t(', ')
            b.t(camel(k) + '=')
            jv_v(b, x)
        b.t(c)
    elif isinstance(v, Mp):
        # java.util.Map / List toString: element toString, strings unquoted
        b.t('{')
        for i, (k, x) in enumerate(v.items):
            if i:
                b.t(', ')
            b.t(f'{k}=')
            segs_out(b, x) if isinstance(x, S) else jv_v(b, x)
        b.t('}')
    elif isinstance(v, Li):
        b.t('[')
        for i, x in enumerate(v.items):
            if i:
                b.t(', ')
            segs_out(b, x) if isinstance(x, S) else jv_v(b, x)
        b.t(']')
    elif isinstance(v, Op):
        if st == 'kotlin':
            jv_v(b, v.v if v.v is not None else Nil())
        elif v.v is None:
            b.t('Optional.empty')
        else:
            b.t('Optional[')
            jv_v(b, v.v)
            b.t(']')
    elif isinstance(v, (U, Dec)):
        b.t(v.text)
    elif isinstance(v, Du):
        b.t(kotlin_dur(v.sec) if st == 'kotlin' else java_dur(v.sec))
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


# ---- C#
def cs_dt(d, with_time):
    s = f'{d.month}/{d.day}/{d.year}'
    if not with_time:
        return s
    h = d.hour % 12 or 12
    ampm = 'AM' if d.hour < 12 else 'PM'
    return s + f' {h}:{d.minute:02d}:{d.second:02d} {ampm}'


def cs_v(b, v):
    if isinstance(v, S):
        segs_out(b, v)
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('True' if v.v else 'False')
    elif isinstance(v, Nil):
        pass
    elif isinstance(v, En):
        b.t(pascal(v.name))
    elif isinstance(v, Dt):
        d = v.d
        if v.isdate:
            b.p(cs_dt(d, False), v.cat)
            if CTX.get('cs_dob_dt'):
                b.t(' 12:00:00 AM')
        else:
            b.p(cs_dt(d, True), v.cat)
            if v.tz != 'UTC':
                off, _ = zoff(v)
                b.t(' ' + offstr(off))
    elif isinstance(v, Ob):
        if not v.fields:
            b.t(v.tname + ' { }')
            return
        b.t(v.tname + ' { ')
        for i, (k, x) in enumerate(v.fields):
            if i:
                b.t(', ')
            b.t(pascal(k) + ' = ')
            cs_v(b, x)
        b.t(' }')
    elif isinstance(v, Mp):
        b.t('System.Collections.Generic.Dictionary`2[System.String,System.Object]')
    elif isinstance(v, Li):
        if v.items and isinstance(v.items[0], Ob):
            b.t(f'System.Collections.Generic.List`1[MedSched.Models.{v.items[0].tname}]')
        else:
            b.t('System.String[]')
    elif isinstance(v, Op):
        if v.v is not None:
            cs_v(b, v.v)
    elif isinstance(v, (U, Dec)):
        b.t(v.text)
    elif isinstance(v, Du):
        tot = int(round(v.sec * 1e7))
        s, f = divmod(tot, 10 ** 7)
        b.t(f'{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}' + (f'.{f:07d}' if f else ''))
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


# ---- Scala
def sc_v(b, v):
    if isinstance(v, S):
        segs_out(b, v)
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, F):
        b.t(v.text)
    elif isinstance(v, Bo):
        b.t('true' if v.v else 'false')
    elif isinstance(v, Nil):
        b.t('None')
    elif isinstance(v, En):
        b.t(pascal(v.name))
    elif isinstance(v, Dt):
        CTX['jv_zone'] = 'offset'
        jv_v(b, v)
    elif isinstance(v, Ob):
        b.t(v.tname + '(')
        for i, (k, x) in enumerate(v.fields):
            if i:
                b.t(',')
            sc_v(b, x)
        b.t(')')
    elif isinstance(v, Mp):
        b.t('Map(' if len(v.items) <= 4 else 'HashMap(')
        for i, (k, x) in enumerate(v.items):
            if i:
                b.t(', ')
            b.t(f'{k} -> ')
            sc_v(b, x)
        b.t(')')
    elif isinstance(v, Li):
        b.t('List(')
        for i, x in enumerate(v.items):
            if i:
                b.t(', ')
            sc_v(b, x)
        b.t(')')
    elif isinstance(v, Op):
        if v.v is None:
            b.t('None')
        else:
            b.t('Some(')
            sc_v(b, v.v)
            b.t(')')
    elif isinstance(v, (U, Dec)):
        b.t(v.text)
    elif isinstance(v, Du):
        b.t(f'{int(round(v.sec * 1000))} milliseconds')
    elif isinstance(v, Raw):
        b.p(v.text, v.cat)
    else:
        raise TypeError(v)


# ---------------------------------------------------------------- synthetic people & identifiers
def luhn_check(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def digits(n):
    return ''.join(ch('0123456789') for _ in range(n))


def card_number():
    kind = ch(['visa', 'visa', 'mastercard', 'amex', 'discover'])
    if kind == 'visa':
        p = '4' + digits(14)
    elif kind == 'mastercard':
        p = ch(['51', '52', '53', '54', '55']) + digits(13)
    elif kind == 'amex':
        p = ch(['34', '37']) + digits(12)
    else:
        p = '6011' + digits(11)
    return kind, p + luhn_check(p)


VIN_T = {**{str(i): i for i in range(10)}, 'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8,
         'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'P': 7, 'R': 9, 'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6,
         'X': 7, 'Y': 8, 'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def vin_check(v):
    c = sum(VIN_T[x] * VIN_W[i] for i, x in enumerate(v)) % 11
    return 'X' if c == 10 else str(c)


def make_vin():
    wmi = ch(['1HG', '1FA', 'JTD', '5YJ', 'WBA', 'KMH', '3VW', '1G1', '2T3', '4T1', 'JN1', '5FN'])
    v = wmi + ''.join(ch(VIN_CH) for _ in range(5)) + '0' + ch('JKLMNPR') + ch('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(6)
    return v[:8] + vin_check(v) + v[9:]


def make_imei():
    p = ch(['35', '86', '01', '35']) + digits(12)
    return p + luhn_check(p)


def make_iban():
    cc = ch(['DE', 'NL', 'ES', 'FR'])
    if cc == 'DE':
        bban = digits(18)
    elif cc == 'NL':
        bban = ch(['ABNA', 'INGB', 'RABO', 'TRIO']) + digits(10)
    elif cc == 'ES':
        bban = digits(20)
    else:
        bban = digits(10) + ''.join(ch('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(11)) + digits(2)
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    return f'{cc}{chk:02d}{bban}'


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
MBI_AN = MBI_A + '0123456789'


def make_mbi():
    c = [ch('123456789'), ch(MBI_A), ch(MBI_AN), ch('0123456789'), ch(MBI_A), ch(MBI_AN),
         ch('0123456789'), ch(MBI_A), ch(MBI_A), ch('0123456789'), ch('0123456789')]
    return ''.join(c)


def make_nhs():
    while True:
        d = [ri(0, 9) for _ in range(9)]
        d[0] = ri(4, 9)
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = ''.join(map(str, d)) + str(c)
        return f'{s[:3]} {s[3:6]} {s[6:]}'


def make_sin():
    p = ch('1234567') + digits(7)
    s = p + luhn_check(p)
    return f'{s[:3]} {s[3:6]} {s[6:]}'


def make_dni():
    n = ri(10000000, 79999999)
    return f'{n}{"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}'


def make_cpf():
    d = [ri(0, 9) for _ in range(9)]
    d1 = (sum(x * (10 - i) for i, x in enumerate(d)) * 10 % 11) % 10
    d.append(d1)
    d2 = (sum(x * (11 - i) for i, x in enumerate(d)) * 10 % 11) % 10
    d.append(d2)
    s = ''.join(map(str, d))
    return f'{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}'


def make_npi():
    p = ch('12') + digits(8)
    return p + luhn_check('80840' + p)


def rbytes(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def make_photo(datauri=True):
    if rnd() < 0.7:
        raw = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00'
               + rbytes(ri(150, 260)))
        mime = 'image/jpeg'
    else:
        raw = (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00'
               + rbytes(ri(150, 260)))
        mime = 'image/png'
    b64 = base64.b64encode(raw).decode()
    return (f'data:{mime};base64,' + b64) if datauri else b64


def make_template():
    kind = ch(['fmr', 'fmr', 'voice', 'face'])
    if kind == 'fmr':
        body = rbytes(ri(90, 160))
        raw = b'FMR\x00 20\x00' + (len(body) + 14).to_bytes(4, 'big') + b'\x00\x00' + body
    elif kind == 'voice':
        raw = b'VPRT\x02\x00' + rbytes(ri(90, 150))
    else:
        raw = b'FTPL\x01\x00\x80\x00' + rbytes(ri(100, 160))
    return kind, base64.b64encode(raw).decode()


FOLD = {'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'đ': 'd', 'Đ': 'D'}


def ascii_fold(s):
    s = ''.join(FOLD.get(c, c) for c in s)
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if ord(c) < 128)


FIRST_F = ['Amara', 'Chiamaka', 'Esperanza', 'Fatima', 'Giulia', 'Ingrid', 'Kalani', 'Lakshmi', 'Oluwaseun',
           'Priya', 'Rosalind', 'Siobhán', 'Ulrike', 'Valentina', 'Ximena', 'Zofia', 'Aroha', 'Dolores',
           'Gráinne', 'Ifeoma', 'Leilani', 'Nadia', 'Radka', 'Thandiwe', 'Wanjiru', 'Yara', 'Zeynep', 'Mele',
           'Anneliese', 'Bích Ngọc', 'Małgorzata', 'Noor']
FIRST_M = ['Bogdan', 'Dmitri', 'Haruto', 'Jamal', 'Mateo', 'Quentin', 'Tariq', 'Wei', 'Yusuf', 'Björn',
           'Émile', 'Farhan', 'José', 'Kwame', 'Magnús', 'Omar', 'Paulo', 'Søren', 'Vikram', 'Tevita',
           'Desmond', 'Ignacio', 'Rafael', 'Anselm', 'Chidi', 'Lars', 'Hamza', 'Kofi', 'Aurelio', 'Thanh']
LAST = ['Okonkwo', 'Kowalczyk', 'Nakamura', 'Fernández', 'Haddad', 'Lindqvist', 'Nguyen', 'Papadopoulos',
        'Ramírez', "O'Sullivan", 'Mahlangu', 'Petrov', 'Chaudhry', 'Abernathy', 'van der Berg', 'Tanaka',
        'Delacroix', 'Novák', 'Oyelaran', 'Bianchi', 'Kaur', 'Mwangi', 'Sørensen', 'Yılmaz', 'Castellanos',
        'Whitfield', 'Ishikawa', 'Gallagher', 'Achterberg', 'Dubois', 'Mendoza', 'Ivanova', 'Rahman', 'Szabó',
        'MacLeod', 'Takahashi', 'Al-Farsi', 'Quispe', 'Rosenthal', 'Nkemelu', 'Fifita', 'Kealoha', 'Tran',
        'Begay', 'Silva', "D'Angelo"]
CITIES = [('Fresno', 'CA', '937', '559', 'America/Los_Angeles'), ('Tucson', 'AZ', '857', '520', 'America/Phoenix'),
          ('Dayton', 'OH', '454', '937', 'America/New_York'), ('Spokane', 'WA', '992', '509', 'America/Los_Angeles'),
          ('Albuquerque', 'NM', '871', '505', 'America/Denver'), ('Worcester', 'MA', '016', '508', 'America/New_York'),
          ('Savannah', 'GA', '314', '912', 'America/New_York'), ('Boise', 'ID', '837', '208', 'America/Denver'),
          ('Lansing', 'MI', '489', '517', 'America/New_York'), ('El Paso', 'TX', '799', '915', 'America/Denver'),
          ('Madison', 'WI', '537', '608', 'America/Chicago'), ('Chattanooga', 'TN', '374', '423', 'America/New_York'),
          ('Providence', 'RI', '029', '401', 'America/New_York'), ('Eugene', 'OR', '974', '541', 'America/Los_Angeles'),
          ('Duluth', 'MN', '558', '218', 'America/Chicago'), ('Hilo', 'HI', '967', '808', 'Pacific/Honolulu'),
          ('San Antonio', 'TX', '782', '210', 'America/Chicago'), ('Cedar Rapids', 'IA', '524', '319', 'America/Chicago')]
STREETS = ['Maple Ave', 'Calle Ortega', 'Birchwood Dr', 'Kealoha St', 'N Alvarado Rd', 'Juniper Ct',
           'Old Mill Rd', 'Esplanade Blvd', 'W Pinecrest Ln', 'Chestnut St', 'Sandpiper Way', 'Mesa Verde Dr',
           'Quarry Hill Rd', 'Lakeview Ter', 'E 14th St', 'Rue Bellevue', 'Cottonwood Cir', 'Ironbridge Pkwy',
           'Hollis Ave', 'Kamehameha Ave', 'Tamarack Loop', 'S Railroad St']
RELS = ['spouse', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'partner', 'niece', 'guardian']

STAFF = ['Rebecca Thornton', 'Arjun Mehta', 'Lucía Ortega', 'Kenji Mori', 'Grace Adeyemi', 'Tomasz Wróbel',
         'Hannah Feldman', 'Samuel Osei', 'Mei-Ling Cho', 'Patrick Doyle', 'Nomvula Dlamini', 'Henrik Aalto',
         'Isabela Duarte', 'Marcus Bell', 'Yuki Hamada', 'Fiona Brennan', 'Obinna Eze', 'Carmen Villalobos']
STAFF_NPI = {s: make_npi() for s in STAFF}
CLINICS = [('Riverside Family Medicine', '500 Harbor Blvd Suite 210', 'Fresno', 'CA', '93721', '5595550100'),
           ('Desert Sky Cardiology', '2200 E Speedway Blvd', 'Tucson', 'AZ', '85719', '5205550142'),
           ('Lakeshore Pediatrics', '815 W Lakeside Ave', 'Madison', 'WI', '53715', '6085550177'),
           ('Northgate Orthopedics', '1400 N Division St', 'Spokane', 'WA', '99202', '5095550160'),
           ('Mauka Health Partners', '670 Ponahawai St', 'Hilo', 'HI', '96720', '8085550121'),
           ('Blackstone Valley Internal Medicine', '90 Corliss St', 'Providence', 'RI', '02904', '4015550188')]
PAYERS = [('Aetna', '60054', '18005550199'), ('UnitedHealthcare', '87726', '18775550142'),
          ('Blue Cross Blue Shield of Texas', '84980', '18005550167'), ('Humana', '61101', '18005550133'),
          ('Cigna', '62308', '18005550118'), ('Medicare Part B', '04412', '18005550177'),
          ('Molina Healthcare', '38333', '18885550104'), ('Kaiser Permanente', '94134', '18005550155')]
ROOMS = ['Exam 3', 'Exam 7', 'Room 4B', 'Infusion Bay 2', 'Telehealth', 'Imaging 1', 'Cath Lab 2', 'Suite 210-C']
SPECIALTIES = ['Family Medicine', 'Cardiology', 'Pediatrics', 'Orthopedic Surgery', 'Endocrinology', 'Dermatology']
CPTS = ['99213', '99214', '99203', '93000', '36415', '80053', '83036', '97110', '20610', '71046']


def staff_user(s):
    f, l = s.split(' ', 1)
    return (ascii_fold(f)[0] + ascii_fold(l).replace(' ', '').replace('-', '')).lower()


def staff_email(s):
    f, l = s.split(' ', 1)
    return f'{ascii_fold(f).lower()}.{ascii_fold(l).lower().replace(" ", "")}@medsched-clinic.example'


def fmt_phone(d, style=None):
    a, x, n = d[:3], d[3:6], d[6:]
    style = style if style is not None else ri(0, 6)
    return [f'({a}) {x}-{n}', f'{a}-{x}-{n}', f'+1 {a}-{x}-{n}', f'+1{a}{x}{n}', f'{a}.{x}.{n}', f'{a}{x}{n}',
            f'+1 ({a}) {x}-{n}'][style]


class Person:
    pass


def make_person(i):
    P = Person()
    P.sex = ch('FM')
    P.first = ch(FIRST_F if P.sex == 'F' else FIRST_M)
    P.last = ch(LAST)
    if i in (1, 9):
        P.last = ch(["O'Sullivan", "D'Angelo", "N'Diaye"])
    P.full = f'{P.first} {P.last}'
    year = ri(1925, 1933) if i % 6 == 0 else ri(1936, 2019)
    P.dob = date(year, ri(1, 12), ri(1, 28))
    P.age = 2024 - year - (1 if (P.dob.month, P.dob.day) > (3, 5) else 0)
    city, state, z3, area, tz = ch(CITIES)
    P.city, P.state, P.tz = city, state, tz
    P.zip = z3 + f'{ri(1, 99):02d}'
    P.street = f'{ri(12, 9899)} {ch(STREETS)}'
    P.unit = ch(['', '', '', f'Apt {ri(1, 40)}{ch("ABCD")}', f'Unit {ri(100, 950)}'])
    P.phone = area + '555' + f'01{ri(0, 99):02d}'
    P.phone2 = area + '555' + f'01{ri(0, 99):02d}'
    P.fax = area + '555' + f'01{ri(0, 99):02d}'
    fa = ascii_fold(P.first).lower().replace(' ', '')
    la = ascii_fold(P.last).lower().replace(' ', '').replace("'", '')
    P.email = ch([f'{fa}.{la}{year % 100:02d}@gmail.com', f'{fa[0]}{la}@yahoo.com', f'{fa}{la}{ri(1, 99)}@outlook.com',
                  f'{la}.{fa}@icloud.com', f'{fa}_{la}@proton.me', f'{fa}.{la}@hotmail.com'])
    P.ssn = f'{ri(101, 665):03d}-{ri(1, 99):02d}-{ri(1, 9999):04d}'
    P.mrn = ch([f'MRN{digits(8)}', f'E{ri(1000000, 9999999)}', f'{ri(10000000, 99999999)}', f'MRN-{digits(7)}'])
    P.member = ch(['XKH', 'W', 'JQU', 'MBR', 'ZGP', 'H']) + digits(9)
    P.mbi = make_mbi()
    P.medicaid = ch([f'{digits(8)}{ch("ABCDEFGHJK")}', f'{ch("ABCDEFGHJKLMNPRSTUVWXYZ")}{digits(10)}'])
    P.card_kind, P.card = card_number()
    P.card_exp = f'{ri(1, 12):02d}/{ri(25, 30)}'
    P.acct = ch([f'HA{digits(9)}', f'{digits(10)}', f'PA-{digits(7)}', f'GA{digits(8)}'])
    P.iban = make_iban()
    if state == 'CA':
        P.dl = ch('ABCDEFGHNY') + digits(7)
    elif state == 'WA':
        P.dl = 'WDL' + ''.join(ch('ABCDEFGHJKLMNPRSTVWXYZ0123456789') for _ in range(9))
    elif state == 'TX':
        P.dl = digits(8)
    elif state == 'MI':
        P.dl = ch('BDFHKLMNPRSTW') + digits(12)
    else:
        P.dl = ch('ABCDEFGHKLMNPRSTWZ') + digits(ri(7, 8))
    P.vin = make_vin()
    L3 = lambda: ''.join(ch('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))
    P.plate = ch([f'{ri(1, 9)}{L3()}{digits(3)}', f'{L3()}-{digits(4)}', f'{L3()} {digits(3)}'])
    P.dev_model, P.dev_serial = ch([('Dexcom G7', 'SM' + digits(2) + ch('ABCDEFGH') + digits(8)),
                                    ('Medtronic Azure XT DR', 'PJN' + digits(6) + ch('HGS')),
                                    ('Omnipod 5 PDM', 'OP5-' + digits(9)),
                                    ('Abbott FreeStyle Libre 3', '3MH' + ''.join(ch(B32) for _ in range(9))),
                                    ('Withings BPM Connect', 'WBPM' + hexs(8).upper()),
                                    ('ResMed AirSense 11', '2315' + digits(7))])
    P.imei = make_imei()
    P.mac = ':'.join(hexs(2).upper() for _ in range(6))
    P.udi = (f'(01){digits(14)}(17){ri(25, 29)}{ri(1, 12):02d}{ch(["28", "30"])}'
             f'(10){"".join(ch(B32) for _ in range(6))}(21){P.dev_serial}')
    while True:
        o = [ri(1, 223), ri(0, 255), ri(0, 255), ri(1, 254)]
        if o[0] in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        break
    if rnd() < 0.8:
        P.ip = '.'.join(map(str, o))
    else:
        P.ip = f'2601:{ri(0x100, 0xfff):x}:{ri(0x1000, 0xffff):x}:{ri(0x10, 0xffff):x}::{ri(0x100, 0xfff):x}'
    P.username = ch([f'{fa}{la[:1]}{ri(1, 99)}', f'{fa}.{la}', f'{la}{fa[:1]}{year % 100:02d}', f'{fa[:3]}_{la[:4]}'])
    P.url = ch([f'https://www.linkedin.com/in/{fa}-{la}-{hexs(6)}', f'https://www.caringbridge.org/visit/{fa}{la}',
                f'https://{fa}{la}.wordpress.com/', f'https://www.facebook.com/{fa}.{la}.{ri(10, 999)}',
                f'https://portal.medsched.example/u/{fa}.{la}{year % 100:02d}'])
    P.kit = ch(['KIT-', 'GX', 'CG-']) + ''.join(ch(B32) for _ in range(8))
    P.case = ch([f'CM-24-{digits(6)}', f'CASE{digits(7)}', f'WC-2024-{digits(5)}'])
    P.natid = ch([('nhs_number', make_nhs()), ('sin', make_sin()), ('dni', make_dni()), ('cpf', make_cpf())])
    P.ec_name = f'{ch(FIRST_F + FIRST_M)} {P.last if rnd() < 0.7 else ch(LAST)}'
    P.ec_rel = ch(RELS)
    P.photo = make_photo(rnd() < 0.6)
    P.bio = make_template()
    return P


PEOPLE = [make_person(i) for i in range(44)]


def pick_person():
    # a few "frequent flyers" reappear more often
    return PEOPLE[min(int(random.expovariate(1 / 14.0)), len(PEOPLE) - 1)]


# ---------------------------------------------------------------- clock
T0 = datetime(2024, 3, 5, 13, 58, 2, 117000)
CLOCK = [T0]


def tick():
    CLOCK[0] += timedelta(microseconds=ri(50000, 45000000))
    return CLOCK[0]


def sys_past():
    return (CLOCK[0] - timedelta(days=ri(0, 400), seconds=ri(0, 86000))).replace(microsecond=ri(0, 999999))


def appt_dt():
    d = date(2024, 3, 6) + timedelta(days=ri(0, 55))
    return datetime(d.year, d.month, d.day, ri(7, 16), ch([0, 15, 30, 45]))


def dos_date():
    return date(2024, 1, 2) + timedelta(days=ri(0, 62))


def slot_id():
    return ch([f'slt_{"".join(ch(B32) for _ in range(12)).lower()}', f'SLOT-{ri(100000, 999999)}',
               f'slot:{ri(1, 40)}:{ch(["res", "prv", "rm"])}{ri(10, 99)}:{ri(1000, 9999)}'])


def staff_disp(s):
    first, last = s.split(' ', 1)
    return ch([s, f'Dr. {s}', f'{s}, MD', f'{last}, {first}', f'{s}, NP', f'{s}, PA-C'])


# ---------------------------------------------------------------- PHI record fragments
def name_fields(P):
    r = rnd()
    if r < 0.5:
        return [(ch(['first_name', 'given_name', 'fname']), S(P.first, 'name')),
                (ch(['last_name', 'family_name', 'surname', 'lname']), S(P.last, 'name'))]
    if r < 0.85:
        return [(ch(['name', 'full_name', 'patient_name']), S(P.full, 'name'))]
    return [('display_name', S(segs=[(P.last, 'name'), (', ', None), (P.first, 'name')]))]


def addr_obj(P, ptr=None):
    f = [(ch(['street', 'line1', 'address1', 'street_address']), S(P.street, 'address'))]
    if P.unit:
        f.append((ch(['line2', 'unit', 'address2']), S(P.unit, 'address')))
    elif rnd() < 0.3:
        f.append(('line2', Nil() if rnd() < 0.5 else S('')))
    f += [('city', S(P.city, 'address')), ('state', S(P.state)),
          (ch(['zip', 'postal_code', 'zip_code']), S(P.zip, 'zip', charlist=rnd() < 0.3))]
    if rnd() < 0.3:
        f.append(('country', S('US')))
    return Ob('Address', f, ptr=(rnd() < 0.35) if ptr is None else ptr)


def addr_oneline(P):
    segs = [(P.street + (' ' + P.unit if P.unit else '') + ', ' + P.city, 'address'), (f', {P.state} ', None),
            (P.zip, 'zip')]
    return S(segs=segs)


def ec_obj(P):
    return Ob(ch(['EmergencyContact', 'Contact', 'RelatedPerson']),
              [('name', S(P.ec_name, 'name')), ('relationship', En(P.ec_rel, 'Relationship', ri(1, 9))),
               ('phone', S(fmt_phone(P.phone2), 'phone', charlist=rnd() < 0.3))], ptr=rnd() < 0.3)


def sys_fields():
    f = []
    if rnd() < 0.6:
        f.append((ch(['created_at', 'inserted_at', 'created']), Dt(sys_past())))
    if rnd() < 0.5:
        f.append((ch(['updated_at', 'modified_at']), Dt(CLOCK[0] - timedelta(microseconds=ri(1000, 30000000)))))
    if rnd() < 0.3:
        f.append((ch(['lock_version', 'version', 'rev']), I(ri(0, 14))))
    return f


# ---------------------------------------------------------------- PHI scenarios
def sc_patient(L, P):
    f = [(ch(['id', 'uuid', 'patient_uuid']), U(uid()))]
    f += name_fields(P)
    f.append((ch(['dob', 'date_of_birth', 'birth_date', 'birthdate']), Dt(P.dob, 'date')))
    f.append((ch(['sex', 'gender', 'sex_at_birth']),
              ch([S(P.sex), En('female' if P.sex == 'F' else 'male', 'Sex', 1 if P.sex == 'F' else 2)])))
    f.append((ch(['mrn', 'medical_record_number', 'chart_no', 'ehr_id']), S(P.mrn, 'mrn')))
    if rnd() < 0.8:
        ph = S(fmt_phone(P.phone), 'phone', charlist=rnd() < 0.3)
        f.append((ch(['phone', 'home_phone', 'mobile', 'phone_number', 'cell']), Op(ph) if rnd() < 0.25 else ph))
    if rnd() < 0.5:
        f.append((ch(['email', 'email_address']), S(P.email, 'email')))
    if rnd() < 0.55:
        f.append(('address', addr_obj(P)))
    if rnd() < 0.2:
        f.append(('ssn', S(P.ssn, 'ssn')))
    if rnd() < 0.08:
        f.append((ch(['fax', 'fax_number', 'home_fax']), S(fmt_phone(P.fax), 'fax')))
    if rnd() < 0.06:
        f.append((ch(['avatar', 'photo_data_uri']), S(make_photo(True), 'photo')))
    if rnd() < 0.06:
        f.append((ch(['homepage', 'personal_site']), S(P.url, 'url')))
    if P.age > 89 or rnd() < 0.3:
        f.append(('age', I(P.age, 'age' if P.age > 89 else None)))
    if rnd() < 0.3:
        f.append(('emergency_contact', ec_obj(P)))
    if rnd() < 0.3:
        f.append(('preferred_language', S(ch(['en', 'es', 'vi', 'tl', 'pl', 'ar', 'haw', 'pt-BR']))))
    if rnd() < 0.3:
        f.append(('tags', Li([S(x) for x in random.sample(['diabetes-ed', 'fall-risk', 'interpreter', 'portal-active',
                                                            'no-sms', 'vip'], ri(0, 3))])))
    f.append((ch(['active', 'is_active', 'enabled']), Bo(rnd() < 0.9)))
    f += sys_fields()
    msg = ch(['patient record updated', 'upserted patient', 'loaded patient from EHR sync',
              'patient demographics changed', 'registration complete', 'merged duplicate chart into survivor',
              'cache miss, hydrated patient'])
    kv = [(ch(['took', 'elapsed', 'duration']), Du(random.uniform(0.0008, 0.4)))]
    if rnd() < 0.4:
        kv.append(('rows_affected', I(1)))
    return dict(comp='patients', level='info', msg=[(msg, None)], rec=Ob('Patient', f, ptr=rnd() < 0.6),
                rk='patient', kv=kv, ecto=True)


def sc_appt(L, P):
    when = appt_dt()
    pref = ch(['full', 'mrn', 'both'])
    pf = []
    if pref in ('full', 'both'):
        pf += name_fields(P)
    if pref in ('mrn', 'both') or rnd() < 0.3:
        pf.append((ch(['mrn', 'patient_id', 'chart_no']), S(P.mrn, 'mrn')))
    if rnd() < 0.4:
        pf.append(('dob', Dt(P.dob, 'date')))
    staff = ch(STAFF)
    f = [('id', U(uid())), (ch(['slot_id', 'slot']), S(slot_id())),
         ('patient', Ob('PatientRef', pf, ptr=rnd() < 0.2)),
         (ch(['provider', 'provider_name', 'clinician']), S(staff_disp(staff))),
         (ch(['provider_npi', 'npi']), S(STAFF_NPI[staff])) if rnd() < 0.4 else ('room', S(ch(ROOMS))),
         (ch(['start', 'starts_at', 'scheduled_for', 'appt_time']), Dt(when, 'date', P.tz)),
         (ch(['duration', 'length']), Du(ch([900, 1200, 1800, 2700, 3600]))),
         ('status', En(ch(['booked', 'confirmed', 'rescheduled', 'checked_in']), 'ApptStatus', ri(0, 5))),
         (ch(['visit_type', 'reason']), S(ch(['follow-up', 'new patient', 'annual wellness', 'post-op check',
                                              'telehealth', 'lab review', 'INR check'])))]
    if rnd() < 0.4:
        f.append(('reminder_sent', Bo(rnd() < 0.5)))
    if rnd() < 0.3:
        f.append(('cancel_reason', Nil()))
    f += sys_fields()
    msg = ch(['appointment booked', 'booking confirmed', 'rescheduled appointment', 'checked in', 'created appointment',
              'waitlist promotion succeeded'])
    kv = [('slot_hold_ms', I(ri(3, 900)))] if rnd() < 0.5 else [('attempt', I(ri(1, 3)))]
    return dict(comp='booking', level='info', msg=[(msg, None)],
                rec=Ob('Appointment', f, ptr=rnd() < 0.6), rk='appt', kv=kv, ecto=True)


def sc_reminder(L, P):
    when = appt_dt()
    chan = ch(['sms', 'sms', 'voice', 'email'])
    if chan == 'email':
        to = S(P.email, 'email')
    else:
        to = S(fmt_phone(P.phone, ch([3, 2, 5])), 'phone', charlist=rnd() < 0.4)
    f = [(ch(['to', 'recipient', 'destination']), to), ('first_name', S(P.first, 'name')),
         (ch(['appt_at', 'appointment_time', 'when']), Dt(when, 'date', P.tz)),
         ('template', S(ch(['appt_reminder_v3', 'appt_reminder_48h', 'confirm_or_cancel_v2']))),
         ('channel', En(chan, 'Channel', ['sms', 'voice', 'email'].index(chan))),
         ('provider', S(staff_disp(ch(STAFF)))), ('attempt', I(ri(1, 3))),
         ('from', S(ch(['+15555550100', 'noreply@medsched.example', 'MedSched Reminders'])))]
    if rnd() < 0.4:
        f.append(('message_sid', S('SM' + hexs(32))))
    if rnd() < 0.4:
        msg = [('sending reminder to ', None), (P.first, 'name'), (' for appointment', None)]
    else:
        msg = [(ch(['dispatching reminder', 'queued notification', 'reminder sent',
                    'provider callback: delivered']), None)]
    return dict(comp='reminders', level='info', msg=msg, rec=Ob('Reminder', f, ptr=True), rk='reminder',
                kv=[('queue_latency', Du(random.uniform(0.01, 3.5)))])


def sc_claim(L, P):
    payer = ch(PAYERS)
    lines = [Ob('ServiceLine', [('cpt', S(ch(CPTS))), ('units', I(ri(1, 3))),
                                ('charge', Dec(f'{ri(25, 480)}.{ri(0, 99):02d}')),
                                ('modifier', Op(S(ch(['25', '59', 'GT'])) if rnd() < 0.3 else None))])
             for _ in range(ri(1, 3))]
    sub_rel = ch(['self', 'self', 'spouse', 'parent'])
    if sub_rel == 'parent' and P.dob.year < 1998:
        sub_rel = 'spouse'
    f = [('claim_id', S('clm_' + ''.join(ch(B32) for _ in range(14)).lower())),
         (ch(['patient_name', 'patient']), S(P.full, 'name')),
         (ch(['patient_dob', 'dob']), Dt(P.dob, 'date')),
         (ch(['member_id', 'subscriber_id', 'insured_id']), S(P.member, 'health_plan')),
         (ch(['group_number', 'group_no']), S(f'GRP-{digits(6)}' if rnd() < 0.5 else digits(7))),
         ('payer_id', S(payer[1])), ('payer_name', S(payer[0])),
         (ch(['dos', 'date_of_service', 'service_date']), Dt(dos_date(), 'date')),
         ('lines', Li(lines, '[]models.ServiceLine')),
         ('total_charge', Dec(f'{ri(60, 1900)}.{ri(0, 99):02d}')),
         ('rendering_npi', S(STAFF_NPI[ch(STAFF)])),
         ('status', En(ch(['submitted', 'pending', 'accepted', 'rejected']), 'ClaimStatus', ri(0, 4)))]
    if sub_rel != 'self':
        sy = P.dob.year + ri(-6, 6) if sub_rel == 'spouse' else P.dob.year - ri(22, 41)
        sdob = date(sy, ri(1, 12), ri(1, 28))
        f.insert(5, ('subscriber', Ob('Subscriber', [('name', S(P.ec_name, 'name')),
                                                     ('relationship', En(sub_rel, 'Relationship', ri(1, 4))),
                                                     ('dob', Dt(sdob, 'date'))], ptr=rnd() < 0.3)))
    if rnd() < 0.3:
        f.append(('icn', Nil()))
    msg = ch(['submitting claim', 'claim scrubbed', '837P built', 'payer rejected claim', 'claim status updated',
              'resubmitting corrected claim'])
    lvl = 'warn' if 'rejected' in msg else 'info'
    kv = [('batch', S(f'B{ri(20240301, 20240305)}-{ri(1, 40):03d}'))]
    if lvl == 'warn':
        kv.append(('reason', S(ch(['CO-16', 'N290', 'CO-197', 'PR-1']))))
    return dict(comp='claims', level=lvl, msg=[(msg, None)], rec=Ob('Claim', f, ptr=rnd() < 0.5), rk='claim', kv=kv)


def sc_elig(L, P):
    payer = ch(PAYERS)
    kind = ch(['mbi', 'member', 'medicaid'])
    idv = {'mbi': P.mbi, 'member': P.member, 'medicaid': P.medicaid}[kind]
    if kind == 'mbi' and rnd() < 0.4:
        idv = f'{idv[:4]}-{idv[4:7]}-{idv[7:]}'
    key = {'mbi': ch(['mbi', 'medicare_id', 'beneficiary_id']), 'member': ch(['member_id', 'subscriber_id']),
           'medicaid': ch(['medicaid_id', 'recipient_id'])}[kind]
    f = [('trace_number', S(digits(9))), (key, S(idv, 'health_plan'))] + name_fields(P) + [
        ('dob', Dt(P.dob, 'date')), ('payer', S(payer[0] if kind != 'mbi' else 'CMS')),
        ('service_types', Li([S('30')] + ([S('98')] if rnd() < 0.5 else []))),
        ('coverage', En(ch(['active', 'active', 'inactive', 'unknown']), 'Coverage', ri(0, 2))),
        ('copay', Dec(ch(['0.00', '20.00', '35.00', '50.00']))), ('cached', Bo(rnd() < 0.3))]
    if rnd() < 0.4:
        f.append(('group_number', S(digits(6))))
    return dict(comp='eligibility', level='info',
                msg=[(ch(['270 request', 'eligibility response', '271 parsed', 'coverage check']), None)],
                rec=Ob('EligibilityCheck', f, ptr=rnd() < 0.5), rk='req',
                kv=[('rtt', Du(random.uniform(0.2, 4.0))), ('clearinghouse', S(ch(['availity', 'change', 'waystar'])))])


ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'


def sc_payment(L, P):
    mode = ch(['card', 'card', 'ach', 'iban'])
    f = [('invoice', S(f'INV-{dos_date():%Y%m%d}-{ri(1, 9999):05d}')),
         ('amount', Dec(f'{ri(10, 900)}.{ri(0, 99):02d}')), ('currency', S(ch(['USD', 'USD', 'USD', 'EUR'])))]
    if mode == 'card':
        f += [(ch(['card_number', 'pan', 'cc_number']), S(P.card, 'account')), ('exp', S(P.card_exp)),
              ('brand', En(P.card_kind, 'Brand', ri(0, 4))),
              (ch(['cardholder', 'name_on_card']), S(P.full.upper() if rnd() < 0.3 else P.full, 'name')),
              ('billing_zip', S(P.zip, 'zip'))]
    elif mode == 'ach':
        f += [('routing_number', S(ch(['021000021', '121000358', '026009593', '111000025']))),
              ('account_number', S(digits(ri(9, 12)), 'account')), ('account_holder', S(P.full, 'name'))]
    else:
        f += [('iban', S(P.iban, 'account')), ('bic', S(ch(['DEUTDEFF', 'INGBNL2A', 'CAIXESBB', 'BNPAFRPP']))),
              ('debtor', S(P.full, 'name'))]
    f += [(ch(['patient_account', 'guarantor_account', 'billing_account']), S(P.acct, 'account')),
          ('processor_ref', S(ch(['ch_', 'pi_', 'txn_']) + ''.join(ch(ALNUM) for _ in range(24)))),
          ('captured', Bo(rnd() < 0.85)), ('retry', I(0))]
    msg = ch(['payment captured', 'charging card on file', 'autopay attempt', 'payment plan installment',
              'refund issued', 'SEPA mandate collected'])
    return dict(comp='payments', level='info', msg=[(msg, None)], rec=Ob('Payment', f, ptr=rnd() < 0.5), rk='payment',
                kv=[('gateway_ms', I(ri(80, 2400)))])


def sc_device(L, P):
    dev = [('serial', S(P.dev_serial, 'device')), ('model', S(P.dev_model)),
           ('firmware', S(f'{ri(1, 5)}.{ri(0, 12)}.{ri(0, 40)}'))]
    if rnd() < 0.6:
        dev.append((ch(['mac', 'bt_mac', 'ble_address']), S(P.mac, 'device')))
    if rnd() < 0.4:
        dev.append(('imei', S(P.imei, 'device')))
    f = [(ch(['patient_id', 'mrn']), S(P.mrn, 'mrn')), ('device', Ob('Device', dev, ptr=rnd() < 0.2))]
    if rnd() < 0.5:
        f.append(('udi', S(P.udi, 'device')))
    f += [('battery_pct', I(ri(8, 100))), ('paired_at', Dt(sys_past())),
          ('gateway', S(f'gw-{ri(1, 12):02d}.iot.internal')), ('readings_buffered', I(ri(0, 2880)))]
    msg = ch(['device paired', 'telemetry upload', 'device reassigned', 'RPM enrollment', 'sensor expired'])
    return dict(comp='devices', level=ch(['info', 'info', 'warn']), msg=[(msg, None)],
                rec=Ob('DeviceEnrollment', f, ptr=True), rk='enrollment', kv=[('bytes', I(ri(200, 90000)))])


def sc_identity(L, P):
    f = [(ch(['patient_id', 'mrn']), S(P.mrn, 'mrn')),
         ('document_type', En('drivers_license', 'DocType', 1)),
         (ch(['document_number', 'dl_number', 'license_no']), S(P.dl, 'license')),
         ('issuing_state', S(P.state))]
    kind, tpl = P.bio
    if rnd() < 0.8:
        f.append((ch(['face_image', 'selfie', 'photo']), S(P.photo, 'photo')))
    if rnd() < 0.6 or len(f) < 5:
        key = {'fmr': ch(['fingerprint_template', 'fmr', 'finger_minutiae']),
               'voice': ch(['voiceprint', 'voice_template']),
               'face': ch(['face_template', 'face_embedding'])}[kind]
        f.append((key, S(tpl, 'biometric')))
    f += [('match_score', F(f'0.{ri(6000, 9999)}')), ('liveness', Bo(rnd() < 0.9)),
          ('vendor', S(ch(['idnow', 'onfido', 'in-house'])))]
    return dict(comp='identity', level='info',
                msg=[(ch(['kiosk check-in identity verified', 'ID scan processed', 'biometric enrollment',
                          'identity verification result']), None)],
                rec=Ob('IdentityCheck', f, ptr=True), rk='check', kv=[('latency', Du(random.uniform(0.3, 2.5)))])


def sc_login(L, P):
    ok = rnd() < 0.75
    f = [(ch(['username', 'login', 'user']), S(P.username, 'other_id')),
         (ch(['ip', 'remote_ip', 'client_ip']), S(P.ip, 'ip')),
         ('user_agent', S(ch(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15',
                              'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0',
                              'MedSchedApp/4.12.1 (Android 14; Pixel 7)']))),
         ('mfa', En(ch(['totp', 'sms', 'none']), 'MfaMethod', ri(0, 2))), ('success', Bo(ok)),
         ('session_id', S(hexs(32)) if ok else Nil())]
    if rnd() < 0.4:
        f.insert(1, ('email', S(P.email, 'email')))
    if rnd() < 0.4:
        f.append(('profile_url', S(P.url, 'url')))
    msg = 'portal login succeeded' if ok else ch(['portal login failed', 'invalid password',
                                                  'account locked after 5 attempts'])
    return dict(comp='auth', level='info' if ok else 'warn', msg=[(msg, None)], rec=Ob('LoginEvent', f), rk='event',
                kv=[('edge', S(f'edge-{ch(["iad", "sjc", "ord"])}{ri(1, 9)}'))])


def sc_vehicle(L, P):
    if rnd() < 0.5:
        f = [('case_ref', S(P.case, 'other_id'))] + name_fields(P) + [
            ('accident_date', Dt(dos_date() - timedelta(days=ri(0, 40)), 'date')),
            ('vin', S(P.vin, 'vehicle')), ('plate', S(P.plate, 'vehicle')), ('plate_state', S(P.state)),
            ('auto_carrier', S(ch(['GEICO', 'Progressive', 'State Farm', 'Allstate']))), ('pip', Bo(rnd() < 0.6))]
        return dict(comp='mva', level='info', msg=[('motor vehicle accident intake', None)],
                    rec=Ob('AutoClaim', f, ptr=rnd() < 0.5), rk='mva', kv=[])
    f = [('mrn', S(P.mrn, 'mrn')), ('plate', S(P.plate, 'vehicle')),
         ('lot', S(ch(['P2', 'Garage B', 'Surface Lot 4']))),
         ('valid_until', Dt(CLOCK[0] + timedelta(hours=ri(2, 9)))), ('validated_by', S(staff_user(ch(STAFF))))]
    if rnd() < 0.4:
        f.append(('vin', S(P.vin, 'vehicle')))
    return dict(comp='parking', level='info', msg=[('parking validation issued', None)],
                rec=Ob('ParkingPass', f), rk='pass', kv=[])


def sc_lab(L, P):
    f = [(ch(['kit_id', 'kit_barcode', 'kit']), S(P.kit, 'other_id')), ('mrn', S(P.mrn, 'mrn')),
         (ch(['collected_on', 'collection_date']), Dt(dos_date() + timedelta(days=ri(0, 20)), 'date')),
         ('panel', S(ch(['HbA1c', 'Lipid Panel', 'FIT', 'CMP', 'TSH', 'PSA']))),
         ('order_id', S(f'ORD-{ri(1000000, 9999999)}')),
         ('carrier', S(ch(['UPS', 'FedEx', 'USPS']))),
         ('tracking', S(ch(['1Z999AA1' + digits(10), '7' + digits(11), '9400' + digits(18)]))),
         ('status', En(ch(['shipped', 'received', 'resulted']), 'KitStatus', ri(0, 3)))]
    if rnd() < 0.4:
        f.insert(1, ('patient_name', S(P.full, 'name')))
    return dict(comp='labs', level='info',
                msg=[(ch(['home test kit status', 'kit received at lab', 'kit registered']), None)],
                rec=Ob('LabKit', f, ptr=True), rk='kit', kv=[('lab', S(ch(['LabCorp', 'Quest', 'in-house'])))])


def sc_intake(L, P):
    items = [(ch(['patient_name', 'name']), S(P.full, 'name')),
             ('dob', S(P.dob.strftime(ch(['%m/%d/%Y', '%Y-%m-%d'])), 'date'))]
    if P.age > 89 or rnd() < 0.5:
        items.append(('age', I(P.age, 'age' if P.age > 89 else None)))
    items.append(('address', addr_oneline(P)))
    if rnd() < 0.55:
        items.append((ch(['fax', 'home_fax']), S(fmt_phone(P.fax), 'fax')))
    if rnd() < 0.5:
        items.append(('website', S(P.url, 'url')))
    items += [('preferred_contact', S(ch(['phone', 'mail', 'fax', 'portal']))),
              ('referring_provider', S(staff_disp(ch(STAFF)))),
              ('referring_fax', S(fmt_phone(ch(CLINICS)[5][:6] + '0199'))),
              ('pages', I(ri(1, 14))), ('ocr_confidence', F(f'0.{ri(70, 99)}'))]
    return dict(comp='intake', level='info',
                msg=[(ch(['referral fax OCR parsed', 'intake form submitted', 'new patient packet']), None)],
                rec=Mp(items, skeys=rnd() < 0.6), rk='form', kv=[('fax_job', S(f'FX{ri(100000, 999999)}'))])


def sc_intl(L, P):
    kind, nid = P.natid
    cc = {'nhs_number': 'GB', 'sin': 'CA', 'dni': 'ES', 'cpf': 'BR'}[kind]
    phone = {'GB': '+44 7700 900' + digits(3), 'ES': '+34 612 345 ' + digits(3),
             'BR': '+55 11 98765-' + digits(4), 'CA': '+1 604 555 01' + digits(2)}[cc]
    f = name_fields(P) + [('dob', Dt(P.dob, 'date')), ('country', S(cc)), (kind, S(nid, 'other_id')),
                          ('phone', S(phone, 'phone')),
                          ('travel_insurer', S(ch(['Allianz Travel', 'AXA Assistance', 'Bupa Global']))),
                          ('policy_ref', S(f'TP-{digits(8)}', 'health_plan'))]
    return dict(comp='intl', level='info', msg=[('international patient registered', None)],
                rec=Ob('InternationalPatient', f, ptr=True), rk='patient', kv=[('desk', S('intl-services'))])


def sc_case(L, P):
    adm = dos_date()
    dis = adm + timedelta(days=ri(1, 12))
    if rnd() < 0.5:
        admv = Dt(datetime(adm.year, adm.month, adm.day, ri(0, 23), ri(0, 59)), 'date', P.tz)
    else:
        admv = Dt(adm, 'date')
    f = [(ch(['case_number', 'case_no', 'case_id']), S(P.case, 'other_id'))] + name_fields(P) + [
        ('admitted', admv), ('discharged', Dt(dis, 'date')),
        ('disposition', En(ch(['home', 'snf', 'home_health', 'rehab']), 'Disposition', ri(0, 4))),
        ('case_manager', S(ch(STAFF))), ('los_days', I((dis - adm).days)), ('readmit_risk', F(f'0.{ri(5, 60):02d}'))]
    if P.age > 89:
        f.insert(3, ('age', I(P.age, 'age')))
    return dict(comp='casemgmt', level='info',
                msg=[(ch(['discharge summary filed', 'case closed', 'transition-of-care task created']), None)],
                rec=Ob('CaseFile', f, ptr=rnd() < 0.5), rk='case', kv=[])


def sc_guarantor(L, P):
    g = [('name', S(P.ec_name, 'name')), ('relationship', En(P.ec_rel, 'Relationship', ri(1, 9))),
         ('phone', S(fmt_phone(P.phone2), 'phone')), ('address', addr_obj(P, ptr=False))]
    if rnd() < 0.3:
        g.append(('ssn', S(f'{ri(101, 665)}-{ri(10, 99)}-{ri(1000, 9999)}', 'ssn')))
    if rnd() < 0.2:
        g.append(('fax', S(fmt_phone(P.fax), 'fax')))
    if rnd() < 0.3:
        g.append(('employer', S(ch(['Fresno Unified', 'Walmart', 'self-employed', 'US Postal Service']))))
    f = [('patient_mrn', S(P.mrn, 'mrn')), ('guarantor', Ob('Guarantor', g, ptr=rnd() < 0.3)),
         ('account', S(P.acct, 'account')), ('balance', Dec(f'{ri(0, 3000)}.{ri(0, 99):02d}')),
         ('statement_cycle', I(ri(1, 28)))]
    return dict(comp='billing', level='info',
                msg=[(ch(['guarantor updated', 'statement generated', 'sent to collections review']), None)],
                rec=Ob('GuarantorLink', f, ptr=True), rk='link', kv=[])


def sc_params(L, P):
    pat = [('first_name', S(P.first, 'name')), ('last_name', S(P.last, 'name')),
           ('dob', S(P.dob.isoformat(), 'date')), ('phone', S(fmt_phone(P.phone), 'phone'))]
    if rnd() < 0.5:
        pat.append(('email', S('[FILTERED]') if L == 'ruby' else S(P.email, 'email')))
    if rnd() < 0.4:
        pat.append(('ssn', S('[FILTERED]') if L == 'ruby' else S(P.ssn, 'ssn')))
    pat += [('address_attributes', Mp([('street', S(P.street, 'address')), ('city', S(P.city, 'address')),
                                       ('zip', S(P.zip, 'zip'))]))]
    rec = Mp([('patient', Mp(pat)), ('id', S(uid()))] + ([('_method', S('patch'))] if rnd() < 0.5 else []))
    return dict(comp='web', level='info', msg=[], rec=rec, rk='params', kv=[], params=True)


# ---------------------------------------------------------------- non-PHI scenarios
def nsc_slots(L, P):
    staff = ch(STAFF)
    d0 = appt_dt()
    tz = ch(CITIES)[4]
    slots = []
    for j in range(ri(2, 4)):
        st = d0 + timedelta(minutes=30 * j)
        slots.append(Ob('Slot', [('id', S(slot_id())), ('provider', S(staff_disp(staff))), ('room', S(ch(ROOMS))),
                                 ('start', Dt(st, None, tz)), ('duration', Du(1800)),
                                 ('available', Bo(rnd() < 0.7)), ('hold', Op(None))]))
    return dict(comp='availability', level='debug',
                msg=[(ch(['open slots', 'availability computed', 'slot search result']), None)],
                rec=Li(slots, ch(['[]*models.Slot', '[]models.Slot'])), rk='slots',
                kv=[('clinic_id', I(ri(1, 40))), ('count', I(len(slots))), ('cache_hit', Bo(rnd() < 0.5))])


def nsc_provider(L, P):
    s = ch(STAFF)
    c = ch(CLINICS)
    clinic = Ob('Clinic', [('name', S(c[0])), ('address', S(f'{c[1]}, {c[2]}, {c[3]} {c[4]}')),
                           ('phone', S(fmt_phone(c[5]))), ('fax', S(fmt_phone(c[5][:6] + f'01{ri(50, 99)}'))),
                           ('tax_id', S(f'{ri(10, 99)}-{digits(7)}'))], ptr=rnd() < 0.4)
    f = [('id', I(ri(100, 9999))), ('name', S(staff_disp(s))), ('npi', S(STAFF_NPI[s])),
         ('specialty', S(ch(SPECIALTIES))), ('email', S(staff_email(s))), ('clinic', clinic),
         ('accepting_new', Bo(rnd() < 0.6)), ('panel_size', I(ri(300, 2600)))]
    return dict(comp='providers', level='info',
                msg=[(ch(['provider schedule loaded', 'provider synced from credentialing',
                          'provider template applied']), None)],
                rec=Ob('Provider', f, ptr=True), rk='provider', kv=[('templates', I(ri(1, 12)))])


def nsc_batch(L, P):
    items = [('processed', I(ri(50, 20000))), ('failed', I(ri(0, 30))), ('skipped', I(ri(0, 400))),
             ('elapsed', Du(random.uniform(1.0, 59.0))), ('dry_run', Bo(rnd() < 0.2)),
             ('batch_id', S(f'rem-{ri(20240301, 20240308)}-{ri(1, 24):02d}')),
             ('next_run', Dt(CLOCK[0].replace(microsecond=0) + timedelta(hours=ri(1, 24))))]
    return dict(comp='jobs', level='info',
                msg=[(ch(['reminder batch finished', 'nightly eligibility sweep done', 'statement run complete',
                          'no-show scoring batch done']), None)],
                rec=Mp(items, skeys=rnd() < 0.5), rk='stats', kv=[])


def nsc_config(L, P):
    f = [('db_host', S(ch(['pg-sched-primary.internal', 'billing-db.prod.svc.cluster.local', '10.20.4.15']))),
         ('db_port', I(5432)), ('pool_size', I(ch([10, 20, 32, 50]))), ('timeout', Du(ch([5, 15, 30]))),
         ('smtp_from', S(ch(['noreply@medsched.example', 'reminders@notify.medsched.example']))),
         ('region', S(ch(['us-east-2', 'us-west-2']))),
         ('build', S(f'2024.02.{ri(10, 29)}-{hexs(7)}')),
         ('feature_flags', Mp([('waitlist_v2', Bo(True)), ('sms_2way', Bo(rnd() < 0.5)), ('new_scrubber', Bo(False))])),
         ('api_key', S('****' + hexs(4)))]
    return dict(comp='config', level='info', msg=[('effective configuration', None)], rec=Ob('Config', f, ptr=True),
                rk='cfg', kv=[('pid', I(ri(1000, 60000)))])


def nsc_claimfile(L, P):
    f = [('isa_control', S(f'{ri(1, 999999999):09d}')), ('gs_control', I(ri(1, 99999))),
         ('submitter_id', S(ch(['MEDSCH01', 'RFM44721', 'DSKYC0RD']))), ('claims', I(ri(1, 800))),
         ('total', Dec(f'{ri(1000, 400000)}.{ri(0, 99):02d}')),
         ('created', Dt(CLOCK[0] - timedelta(microseconds=ri(1000000, 90000000)))),
         ('endpoint', S('sftp://edi.clearinghouse.example/inbound/837')), ('ack_expected', Bo(True))]
    return dict(comp='edi', level='info',
                msg=[(ch(['837 batch uploaded', 'batch file sealed', '999 ack received']), None)],
                rec=Ob('BatchFile', f), rk='file', kv=[('size', I(ri(2000, 900000)))])


def nsc_status(L, P):
    a, b_ = random.sample(['booked', 'confirmed', 'checked_in', 'completed', 'no_show', 'cancelled', 'rescheduled'], 2)
    s = ch(STAFF)
    reason = S(ch(['provider_unavailable', 'patient_request', 'auto_no_show', 'weather_closure'])) if rnd() < 0.7 else Nil()
    f = [('appointment_id', U(uid())), ('patient_ref', U(uid())), ('from', En(a, 'ApptStatus', ri(0, 6))),
         ('to', En(b_, 'ApptStatus', ri(0, 6))), ('changed_by', S(staff_user(s))),
         ('at', Dt(CLOCK[0] - timedelta(microseconds=ri(1000, 900000)))), ('reason', reason)]
    return dict(comp='booking', level='info', msg=[('appointment status transition', None)],
                rec=Ob('StatusChanged', f, ptr=rnd() < 0.5), rk='event', kv=[('version', I(ri(2, 9)))])


def nsc_pool(L, P):
    conn = gaddr() if L == 'go' else f'HikariProxyConnection@{ri(10 ** 8, 2 * 10 ** 9)}'
    f = [('max_open', I(ch([20, 50]))), ('open', I(ri(1, 50))), ('in_use', I(ri(0, 20))), ('idle', I(ri(0, 20))),
         ('wait_count', I(ri(0, 3000))), ('wait_duration', Du(random.uniform(0.0, 9.0))),
         ('conn', Raw(conn)), ('last_err', Nil('error'))]
    return dict(comp='db', level='debug', msg=[('connection pool stats', None)], rec=Ob('PoolStats', f), rk='stats',
                kv=[])


def nsc_error(L, P):
    host = ch(['payer-gw.internal:8443', 'sms-relay.medsched.example:443', '10.40.2.19:5672',
               'redis-sched-0.redis:6379', 'clearinghouse-api.example.com:443'])
    f = [('op', S(ch(['POST /v1/claims', 'publish reminders.sms', 'GET /eligibility', 'HSET slot_locks']))),
         ('host', S(host)), ('attempt', I(ri(1, 5))), ('max_attempts', I(5)), ('backoff', Du(random.uniform(0.1, 8))),
         ('error', S(ch(['context deadline exceeded', 'connection reset by peer', 'upstream returned 503',
                         'i/o timeout', 'tls: handshake failure']))), ('trace_id', S(hexs(32)))]
    return dict(comp='net', level=ch(['warn', 'error']), msg=[('retrying upstream call', None)], rec=Ob('RetryInfo', f),
                rk='retry', kv=[('request_id', S(uid()))])


def nsc_payer(L, P):
    p = ch(PAYERS)
    box = f'PO Box {ri(10000, 99999)}, {ch(["Lexington, KY", "Atlanta, GA", "Salt Lake City, UT"])} {ri(30000, 84199)}'
    f = [('payer_id', S(p[1])), ('name', S(p[0])), ('provider_services_phone', S(fmt_phone(p[2][1:]))),
         ('claims_address', S(box)), ('timely_filing_days', I(ch([90, 120, 180, 365]))),
         ('era_enrolled', Bo(rnd() < 0.8))]
    return dict(comp='payers', level='debug', msg=[('payer profile refreshed', None)], rec=Ob('PayerProfile', f),
                rk='payer', kv=[])


def nsc_job(L, P):
    f = [('jid', S(hexs(24))), ('queue', S(ch(['default', 'reminders', 'billing', 'low']))),
         ('class', S(ch(['AppointmentReminderJob', 'StatementPdfJob', 'EligibilityRefreshJob', 'NoShowScoringJob']))),
         ('retry_count', I(ri(0, 4))), ('enqueued_at', Dt(CLOCK[0] - timedelta(microseconds=ri(10 ** 6, 3 * 10 ** 8)))),
         ('latency', Du(random.uniform(0.01, 40))), ('args_count', I(ri(1, 3)))]
    return dict(comp='worker', level='info', msg=[(ch(['job started', 'job done', 'job retried']), None)],
                rec=Ob('Job', f), rk='job', kv=[])


def nsc_webhook(L, P):
    f = [('id', S('evt_' + ''.join(ch(ALNUM) for _ in range(24)))),
         ('type', S(ch(['invoice.paid', 'payment_intent.succeeded', 'charge.refunded', 'message.delivered']))),
         ('attempt', I(ri(1, 4))),
         ('endpoint', S(ch(['https://hooks.medsched.example/stripe', 'https://api.medsched.example/v2/webhooks/twilio']))),
         ('status', I(ch([200, 200, 202, 500, 503]))), ('signature_valid', Bo(True)), ('received', Dt(CLOCK[0]))]
    return dict(comp='webhooks', level='info', msg=[('webhook processed', None)], rec=Ob('WebhookEvent', f), rk='evt',
                kv=[])


def nsc_staff(L, P):
    s = ch(STAFF)
    f = [('id', I(ri(10, 600))), ('name', S(s)),
         ('role', En(ch(['scheduler', 'front_desk', 'biller', 'nurse', 'physician']), 'Role', ri(0, 5))),
         ('email', S(staff_email(s))), ('ext', S(str(ri(2000, 4999)))), ('on_call', Bo(rnd() < 0.3)),
         ('last_login', Dt(sys_past())), ('mfa_enrolled', Bo(True))]
    return dict(comp='admin', level='info',
                msg=[(ch(['staff account updated', 'role granted', 'staff session started']), None)],
                rec=Ob('StaffUser', f, ptr=rnd() < 0.5), rk='user', kv=[])


def nsc_metrics(L, P):
    items = [('p50_ms', F(f'{random.uniform(2, 40):.1f}')), ('p95_ms', F(f'{random.uniform(40, 300):.1f}')),
             ('p99_ms', F(f'{random.uniform(300, 1900):.1f}')), ('rps', F(f'{random.uniform(3, 400):.2f}')),
             ('errors', I(ri(0, 40))), ('window', S('60s')),
             ('host', S(f'{ch(["sched", "billing", "notify"])}-{hexs(5)}-{hexs(5)}'))]
    return dict(comp='metrics', level='debug', msg=[('latency summary', None)], rec=Mp(items, skeys=rnd() < 0.5),
                rk='m', kv=[])


def nsc_invoice(L, P):
    f = [('invoice_no', S(f'INV-{dos_date():%Y%m%d}-{ri(1, 9999):05d}')), ('patient_ref', U(uid())),
         ('lines', I(ri(1, 9))), ('subtotal', Dec(f'{ri(10, 2000)}.{ri(0, 99):02d}')),
         ('adjustments', Dec(f'-{ri(0, 300)}.{ri(0, 99):02d}')),
         ('status', En(ch(['open', 'paid', 'void', 'in_collections']), 'InvoiceStatus', ri(0, 3))),
         ('pdf_key', S(f's3://medsched-statements/{ri(2023, 2024)}/{hexs(12)}.pdf')), ('issued', Dt(sys_past()))]
    return dict(comp='billing', level='info',
                msg=[(ch(['invoice rendered', 'statement queued for print', 'invoice closed']), None)],
                rec=Ob('Invoice', f, ptr=rnd() < 0.5), rk='invoice', kv=[])


def nsc_access(L, P):
    path = ch(['/v1/slots?clinic_id=%d&date=2024-03-%02d' % (ri(1, 40), ri(6, 29)), '/healthz',
               '/v2/appointments/' + uid(), '/api/claims/batch', '/metrics',
               '/v1/providers/%d/schedule' % ri(100, 999), '/api/reminders/dispatch'])
    if 'slots' in path or path in ('/healthz', '/metrics') or 'schedule' in path:
        meth = 'GET'
    else:
        meth = ch(['POST', 'PATCH', 'GET'])
    code = ch([200, 200, 200, 201, 204, 304, 404, 429, 502])
    ipp = ch([f'10.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}', f'192.168.{ri(0, 20)}.{ri(1, 254)}',
              f'172.{ri(16, 31)}.{ri(0, 255)}.{ri(1, 254)}'])
    ms = random.uniform(0.4, 900)
    return dict(comp='http', level='info', msg=[], rec=None, rk='', kv=[], access=(meth, path, code, ipp, ms))


PHI_SC = [(sc_patient, 14), (sc_appt, 12), (sc_reminder, 8), (sc_claim, 10), (sc_elig, 7), (sc_payment, 8),
          (sc_device, 7), (sc_identity, 11), (sc_login, 10), (sc_vehicle, 6), (sc_lab, 5), (sc_intake, 6),
          (sc_intl, 5), (sc_case, 5), (sc_guarantor, 6), (sc_params, 4)]
NON_SC = [(nsc_slots, 12), (nsc_provider, 7), (nsc_batch, 8), (nsc_access, 10), (nsc_config, 5), (nsc_claimfile, 6),
          (nsc_status, 10), (nsc_pool, 6), (nsc_error, 8), (nsc_payer, 5), (nsc_job, 8), (nsc_webhook, 6),
          (nsc_staff, 5), (nsc_metrics, 6), (nsc_invoice, 6)]


def wchoice(lst):
    tot = sum(w for _, w in lst)
    x = rnd() * tot
    for f, w in lst:
        x -= w
        if x < 0:
            return f
    return lst[-1][0]


# ---------------------------------------------------------------- log wrappers
def msgseg(b, segs):
    for t, c in segs:
        b.p(t, c)


def plain_kv(b, kv, render, sep=' ', eq='='):
    for k, v in kv:
        b.t(f'{sep}{k}{eq}')
        if isinstance(v, S):
            segs_out(b, v)
        else:
            render(b, v)


LOGRUS_OK = re.compile(r'^[A-Za-z0-9\-._/@^+]+$')


def go_needs_q(v):
    if isinstance(v, (I, Bo, Du, F)):
        return False
    if isinstance(v, S):
        return not LOGRUS_OK.match(v.raw)
    return True


def w_go(b, ts, sp):
    acc = sp.get('access')
    style = ch(['std', 'std', 'logrus', 'zap', 'zapc'])
    mode = ch(['v', '+v', '+v', '#v'])
    CTX['gopkg'] = ch(['models', 'sched', 'billing', 'domain'])
    lvl = sp['level']
    caller = f"{sp['comp']}/{ch(['service', 'handler', 'repo', 'worker', 'sync'])}.go:{ri(40, 480)}"
    rec = sp['rec']
    if acc:
        meth, path, code, ipp, ms = acc
        b.t(f'{ts:%Y/%m/%d %H:%M:%S} [slotd] {ipp}:{ri(30000, 65000)} "{meth} {path} HTTP/1.1" {code} '
            f'{ri(0, 9000)} {trimdur(ms / 1000)}')
        return 'go-std-access'
    if style == 'std':
        b.t(ts.strftime('%Y/%m/%d %H:%M:%S') + ' ')
        if rnd() < 0.5:
            b.t(caller.split('/')[-1] + ': ')
        if lvl != 'info' and rnd() < 0.7:
            b.t(f'[{lvl.upper()}] ')
        msgseg(b, sp['msg'])
        if rec is not None:
            b.t(': ')
            go_v(b, rec, mode, True)
        for k, v in sp['kv']:
            b.t(f' {k}=')
            go_v(b, v, 'v')
    elif style == 'logrus':
        b.t(f'time="{ts:%Y-%m-%dT%H:%M:%SZ}" level={"warning" if lvl == "warn" else lvl} msg="')
        b.push(esc_dq)
        msgseg(b, sp['msg'])
        b.pop()
        b.t('"')
        fields = ([(sp['rk'], rec, True)] if rec is not None else []) + [(k, v, False) for k, v in sp['kv']]
        fields.sort(key=lambda x: x[0])
        for k, v, isrec in fields:
            b.t(f' {k}=')
            if go_needs_q(v):
                b.t('"')
                b.push(esc_dq)
                go_v(b, v, mode if isrec else 'v', isrec)
                b.pop()
                b.t('"')
            else:
                go_v(b, v, 'v')
    elif style == 'zap':
        ep = (ts - datetime(1970, 1, 1)).total_seconds()
        b.t(f'{{"level":"{lvl}","ts":{ep:.6f},"caller":"{caller}","msg":"')
        b.push(esc_json)
        msgseg(b, sp['msg'])
        b.pop()
        b.t('"')
        if rec is not None:
            b.t(f',"{sp["rk"]}":"')
            b.push(esc_json)
            go_v(b, rec, mode, True)
            b.pop()
            b.t('"')
        for k, v in sp['kv']:
            b.t(f',"{k}":')
            js_v(b, v)
        b.t('}')
    else:
        b.t(f'{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z\t{lvl.upper()}\t{caller}\t')
        msgseg(b, sp['msg'])
        b.t('\t{')
        first = True
        if rec is not None:
            b.t(f'"{sp["rk"]}": "')
            b.push(esc_json)
            go_v(b, rec, mode, True)
            b.pop()
            b.t('"')
            first = False
        for k, v in sp['kv']:
            b.t(('' if first else ', ') + f'"{k}": ')
            if isinstance(v, Du):
                b.t(f'"{trimdur(v.sec)}"')
            else:
                js_v(b, v)
            first = False
        b.t('}')
    return f'go-{style}-{mode}'


def w_rust(b, ts, sp):
    style = ch(['env', 'tracing', 'tracing', 'tracing_span'])
    pretty = rnd() < 0.3
    crate = ch(['billing_engine', 'sched_core', 'claims_gw', 'eligibility_svc'])
    target = f"{crate}::{sp['comp']}"
    L = {'info': 'INFO', 'warn': 'WARN', 'error': 'ERROR', 'debug': 'DEBUG'}[sp['level']]
    acc = sp.get('access')
    rec = sp['rec']

    def rr(bb, v):
        rs_v(bb, v, pretty)
    if acc:
        meth, path, code, ipp, ms = acc
        b.t(f'{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}Z  INFO tower_http::trace::on_response: finished processing '
            f'request latency={int(ms)} ms status={code} method={meth} uri={path} remote_addr={ipp}:{ri(30000, 65000)}')
        return 'rust-tracing-access'
    if style == 'env':
        b.t(f'[{ts:%Y-%m-%dT%H:%M:%SZ} {L:<5} {target}] ')
        msgseg(b, sp['msg'])
        if rec is not None:
            b.t(': ')
            rr(b, rec)
        plain_kv(b, sp['kv'], rr)
    else:
        b.t(f'{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}Z {L:>5} ')
        if style == 'tracing_span':
            b.t(f'request{{method={ch(["POST", "GET", "PUT"])} uri=/v1/{sp["comp"]} request_id={uid()}}}: ')
        b.t(f'{target}: ')
        msgseg(b, sp['msg'])
        if rec is not None:
            b.t(f' {sp["rk"]}=')
            rr(b, rec)
        plain_kv(b, sp['kv'], rr)
    return f'rust-{style}-{"pretty" if pretty else "debug"}'


def phx_id():
    return 'F' + ''.join(ch('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') for _ in range(19))


def w_ex(b, ts, sp):
    style = ch(['plain', 'reqid', 'reqid', 'meta'])
    CTX['ex_cl'] = ch(['~c"', "'"])
    CTX['ex_naive'] = rnd() < 0.4
    CTX['ex_ecto'] = bool(sp.get('ecto')) and rnd() < 0.7
    CTX['ex_top'] = sp['rec']
    lvl = {'warn': 'warning'}.get(sp['level'], sp['level'])
    acc = sp.get('access')
    ms3 = f'{ts.microsecond // 1000:03d}'
    rec = sp['rec']
    if acc:
        meth, path, code, ipp, ms = acc
        took = f'{int(ms)}ms' if ms >= 1 else f'{int(ms * 1000)}µs'
        b.t(f'{ts:%H:%M:%S}.{ms3} request_id={phx_id()} [info] Sent {code} in {took}')
        return 'elixir-phoenix-access'
    if sp.get('params'):
        b.t('  Parameters: ')
        ex_v(b, rec)
        return 'elixir-phoenix-params'
    if style == 'plain':
        b.t(f'{ts:%H:%M:%S}.{ms3} [{lvl}] ')
    elif style == 'reqid':
        b.t(f'{ts:%Y-%m-%d %H:%M:%S}.{ms3} request_id={phx_id()} [{lvl}] ')
    else:
        b.t(f'{ts:%Y-%m-%d %H:%M:%S}.{ms3} ')
        b.t(f'mfa=Clinic.{pascal(sp["comp"])}.Worker.perform/1 pid=<0.{ri(200, 9000)}.0> ')
        plain_kv(b, sp['kv'], ex_v, sep='', eq='=')
        if sp['kv']:
            b.t(' ')
        b.t(f'[{lvl}] ')
    msgseg(b, sp['msg'])
    if rec is not None:
        b.t(ch([': ', ' ']))
        ex_v(b, rec)
    if style != 'meta':
        plain_kv(b, sp['kv'], ex_v)
    return f'elixir-{style}-inspect'


RB_STATUS = {200: 'OK', 201: 'Created', 204: 'No Content', 304: 'Not Modified', 404: 'Not Found',
             429: 'Too Many Requests', 502: 'Bad Gateway'}


def w_rb(b, ts, sp):
    style = ch(['logger', 'logger', 'sidekiq', 'rails_tag'])
    CTX['rb_h'] = ch(['old', 'old', 'new'])
    CTX['rb_o'] = ch(['ar', 'ar', 'ivar', 'struct'])
    L = {'info': 'INFO', 'warn': 'WARN', 'error': 'ERROR', 'debug': 'DEBUG'}[sp['level']]
    pid = ch([4821, 4822, 17311, 902])
    acc = sp.get('access')
    rec = sp['rec']
    if acc:
        meth, path, code, ipp, ms = acc
        b.t(f'I, [{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d} #{pid}]  INFO -- : [{uid()}] Completed {code} '
            f'{RB_STATUS[code]} in {int(ms)}ms (Views: {ms * 0.3:.1f}ms | ActiveRecord: {ms * 0.2:.1f}ms | '
            f'Allocations: {ri(800, 90000)})')
        return 'ruby-rails-access'
    if sp.get('params'):
        b.t(f'I, [{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d} #{pid}]  INFO -- : [{uid()}]   Parameters: ')
        rb_v(b, rec)
        return 'ruby-rails-params'
    if style in ('logger', 'rails_tag'):
        b.t(f'{L[0]}, [{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d} #{pid}] {L:>5} -- {ch(["", "portal", "billing"])}: ')
        if style == 'rails_tag':
            b.t(f'[{uid()}] ')
    else:
        tid = ''.join(ch('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(4))
        b.t(f'{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z pid={pid} tid={tid} '
            f'class={pascal(sp["comp"])}Job jid={hexs(24)} {L}: ')
    msgseg(b, sp['msg'])
    if rec is not None:
        b.t(' ')
        rb_v(b, rec)
    plain_kv(b, sp['kv'], rb_v)
    return f'ruby-{style}-{CTX["rb_o"]}'


def w_php(b, ts, sp):
    dump = ch(['print_r', 'print_r', 'var_dump', 'var_export', 'json'])
    style = ch(['laravel', 'monolog', 'errlog'])
    CTX['php_k'] = ch(['snake', 'camel'])
    CTX['php_carbon'] = rnd() < 0.3
    CTX['php_prot'] = rnd() < 0.3
    L = sp['level'].upper().replace('WARN', 'WARNING')
    acc = sp.get('access')
    rec = sp['rec']
    if acc:
        meth, path, code, ipp, ms = acc
        b.t(f'{ipp} -  {ts:%d/%b/%Y:%H:%M:%S} +0000 "{meth} /index.php" {code}')
        return 'php-fpm-access'
    if sp.get('params'):
        dump = 'print_r'
    if style == 'laravel':
        b.t(f'[{ts:%Y-%m-%d %H:%M:%S}] production.{L}: ')
    elif style == 'monolog':
        b.t(f'[{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}+00:00] {sp["comp"]}.{L}: ')
    else:
        b.t(f'[{ts:%d-%b-%Y %H:%M:%S} UTC] ')
    msgseg(b, sp['msg'] or [('request payload', None)])
    if rec is not None and dump != 'json':
        b.t(ch([' ', ': ']))
        {'print_r': php_pr, 'var_dump': php_vd, 'var_export': php_ve}[dump](b, rec)
    if style != 'errlog':
        ctx = list(sp['kv'])
        if rec is not None and dump == 'json':
            ctx = [(sp['rk'], rec)] + ctx
        if ctx:
            b.t(' {')
            for i, (k, v) in enumerate(ctx):
                b.t((',' if i else '') + f'"{k}":')
                js_v(b, v)
            b.t('}')
        else:
            b.t(' []')
        if style == 'monolog':
            b.t(' []')
    elif dump == 'json' and rec is not None:
        b.t(' ')
        js_v(b, rec)
    return f'php-{style}-{dump}'


def js_py_scalar(b, v):
    """structlog JSON value for simple kv (Python json.dumps, ensure_ascii)."""
    if isinstance(v, S):
        b.t('"')
        b.push(esc_json_ascii)
        segs_out(b, v)
        b.pop()
        b.t('"')
    elif isinstance(v, I):
        b.p(str(v.n), v.cat)
    elif isinstance(v, Bo):
        b.t('true' if v.v else 'false')
    else:
        b.t('null')


def w_py(b, ts, sp):
    style = ch(['std', 'std', 'dash', 'basic', 'celery', 'structlog'])
    CTX['py_pyd1'] = rnd() < 0.15
    CTX['py_top'] = sp['rec']
    L = {'warn': 'WARNING'}.get(sp['level'], sp['level'].upper())
    logger = f'medsched.{sp["comp"]}.{ch(["service", "tasks", "views", "handlers"])}'
    acc = sp.get('access')
    rec = sp['rec']
    if acc:
        meth, path, code, ipp, ms = acc
        b.t(f'{ipp} - - [{ts:%d/%b/%Y:%H:%M:%S} +0000] "{meth} {path} HTTP/1.1" {code} {ri(0, 9000)} "-" '
            f'"python-requests/2.31.0"')
        return 'python-gunicorn-access'
    ms3 = f'{ts.microsecond // 1000:03d}'
    if style == 'structlog':
        b.t('{')
        for k, v in sp['kv']:
            b.t(f'"{k}": ')
            if isinstance(v, Du):
                b.t(f'{v.sec:.4f}')
            else:
                js_py_scalar(b, v)
            b.t(', ')
        if rec is not None:
            b.t(f'"{sp["rk"]}": "')
            b.push(esc_json_ascii)
            py_v(b, rec)
            b.pop()
            b.t('", ')
        b.t('"event": "')
        b.push(esc_json_ascii)
        msgseg(b, sp['msg'])
        b.pop()
        b.t(f'", "level": "{sp["level"]}", "timestamp": "{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}Z"}}')
        return 'python-structlog-repr'
    if style == 'std':
        b.t(f'{ts:%Y-%m-%d %H:%M:%S},{ms3} {L} [{logger}] ')
    elif style == 'dash':
        b.t(f'{ts:%Y-%m-%d %H:%M:%S},{ms3} - {logger} - {L} - ')
    elif style == 'basic':
        b.t(f'{L}:{logger}:')
    else:
        b.t(f'[{ts:%Y-%m-%d %H:%M:%S},{ms3}: {L}/ForkPoolWorker-{ri(1, 8)}] '
            f'medsched.{sp["comp"]}.tasks.{ch(["process", "sync", "dispatch"])}[{uid()}]: ')
    msgseg(b, sp['msg'])
    if rec is not None:
        b.t(ch([': ', ' ']))
        py_v(b, rec)
    plain_kv(b, sp['kv'], py_v)
    return f'python-{style}-{"pyd1" if CTX["py_pyd1"] and isinstance(rec, Ob) else "repr"}'


JTHREADS = ['nio-8080-exec-7', 'nio-8080-exec-2', 'scheduling-1', 'task-3', 'kafka-consumer-0', 'http-nio-8443-exec-11',
            'ForkJoinPool.commonPool-worker-5', 'main']


def jlogger(comp):
    cls = pascal(comp) + ch(['Service', 'Controller', 'Listener', 'Repository', 'Handler'])
    return f'c.m.{comp}.{ch(["service", "web", "domain", "infra"])}.{cls}'


def w_java(b, ts, sp, kotlin=False):
    CTX['jv'] = 'kotlin' if kotlin else ch(['intellij', 'intellij', 'lombok', 'record'])
    CTX['jv_zone'] = ch(['zoned', 'offset', 'local'])
    L = sp['level'].upper()
    pid = ch([1, 7, 4821, 31337])
    acc = sp.get('access')
    rec = sp['rec']
    thread = ch(JTHREADS)
    logger = jlogger(sp['comp'])
    ms3 = f'{ts.microsecond // 1000:03d}'
    lang = 'kotlin' if kotlin else 'java'
    if acc:
        meth, path, code, ipp, ms = acc
        b.t(f'{ipp} - - [{ts:%d/%b/%Y:%H:%M:%S} +0000] "{meth} {path} HTTP/1.1" {code} {ri(0, 9000)} {int(ms)}')
        return lang + '-tomcat-access'
    style = ch(['boot3', 'boot3', 'logback']) if kotlin else ch(['boot2', 'boot2', 'log4j'])
    if style == 'boot2':
        b.t(f'{ts:%Y-%m-%d %H:%M:%S}.{ms3} {L:>5} {pid} --- [{thread[-15:]:>15}] {logger[:40]:<40} : ')
    elif style == 'boot3':
        b.t(f'{ts:%Y-%m-%dT%H:%M:%S}.{ms3}Z {L:>5} {pid} --- [{ch(["notifications", "scheduling", "billing"])}] '
            f'[{thread[-15:]:>15}] {logger[:40]:<40} : ')
    elif style == 'log4j':
        b.t(f'{ts:%Y-%m-%d %H:%M:%S},{ms3} {L:<5} [{thread}] com.medsched.{sp["comp"]}.{pascal(sp["comp"])}Service - ')
    else:
        b.t(f'{ts:%H:%M:%S}.{ms3} [{ch(["DefaultDispatcher-worker-3", "DefaultDispatcher-worker-1", "main"])}] '
            f'{L:<5} {logger} - ')
    msgseg(b, sp['msg'])
    if rec is not None:
        b.t(ch([': ', ' ']))
        jv_v(b, rec)
    plain_kv(b, sp['kv'], jv_v, sep=', ')
    return f'{lang}-{style}-{CTX["jv"]}'


def w_kotlin(b, ts, sp):
    return w_java(b, ts, sp, kotlin=True)


CS_LVL3 = {'info': 'INF', 'warn': 'WRN', 'error': 'ERR', 'debug': 'DBG'}
CS_LVL4 = {'info': 'info', 'warn': 'warn', 'error': 'fail', 'debug': 'dbug'}


def w_cs(b, ts, sp):
    style = ch(['mel', 'serilog_c', 'serilog_f', 'nlog'])
    CTX['cs_dob_dt'] = rnd() < 0.4
    lv = sp['level']
    cat = f'MedSched.{pascal(sp["comp"])}.{pascal(sp["comp"])}{ch(["Service", "Worker", "Handler", "Submitter"])}'
    acc = sp.get('access')
    rec = sp['rec']
    ms3 = f'{ts.microsecond // 1000:03d}'
    if acc:
        meth, path, code, ipp, ms = acc
        b.t(f'info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 {meth} '
            f'http://claims-api:8080{path} - {code} - application/json {ms:.4f}ms')
        return 'csharp-mel-access'
    if style == 'mel':
        b.t(f'{CS_LVL4[lv]}: {cat}[{ri(1000, 9999)}] ')
    elif style == 'serilog_c':
        b.t(f'[{ts:%H:%M:%S} {CS_LVL3[lv]}] ')
    elif style == 'serilog_f':
        b.t(f'{ts:%Y-%m-%d %H:%M:%S}.{ms3} +00:00 [{CS_LVL3[lv]}] ')
    else:
        b.t(f'{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 100:04d}|{lv.upper()}|{cat}|')
    msgseg(b, sp['msg'])
    if rec is not None:
        b.t(' ')
        cs_v(b, rec)
    plain_kv(b, sp['kv'], cs_v)
    return f'csharp-{style}-record'


def w_scala(b, ts, sp):
    style = ch(['logback', 'akka'])
    L = sp['level'].upper()
    acc = sp.get('access')
    rec = sp['rec']
    sysn = ch(['billing', 'claims', 'analytics'])
    ms3 = f'{ts.microsecond // 1000:03d}'
    if acc:
        meth, path, code, ipp, ms = acc
        b.t(f'[INFO] [{ts:%m/%d/%Y %H:%M:%S}.{ms3}] [{sysn}-akka.actor.default-dispatcher-{ri(2, 12)}] '
            f'[akka.actor.ActorSystemImpl({sysn})] {meth} {path} -> {code} ({int(ms)} ms) from {ipp}')
        return 'scala-akka-access'
    if style == 'logback':
        b.t(f'{ts:%Y-%m-%d %H:%M:%S},{ms3} {L:<5} [{sysn}-akka.actor.default-dispatcher-{ri(2, 12)}] '
            f'c.m.{sp["comp"]}.{pascal(sp["comp"])}Actor - ')
    else:
        b.t(f'[{L}] [{ts:%m/%d/%Y %H:%M:%S}.{ms3}] [{sysn}-akka.actor.default-dispatcher-{ri(2, 12)}] '
            f'[akka://{sysn}/user/{sp["comp"]}-{ch(["supervisor", "worker", "router"])}] ')
    msgseg(b, sp['msg'])
    if rec is not None:
        b.t(' ')
        sc_v(b, rec)
    plain_kv(b, sp['kv'], sc_v)
    return f'scala-{style}-caseclass'


LANGS = [('go', w_go), ('rust', w_rust), ('elixir', w_ex), ('ruby', w_rb), ('php', w_php), ('python', w_py),
         ('java', w_java), ('kotlin', w_kotlin), ('csharp', w_cs), ('scala', w_scala)]


# ---------------------------------------------------------------- main
def build():
    n_phi = 226
    plan = [True] * n_phi + [False] * (N_LINES - n_phi)
    random.shuffle(plan)
    lines, labels = [], []
    for idx, want_phi in enumerate(plan):
        ts = tick()
        lang, wrap = ch(LANGS)
        P = pick_person()
        if want_phi:
            while True:
                sc = wchoice(PHI_SC)
                if sc is sc_params and lang not in ('ruby', 'elixir'):
                    continue
                break
        else:
            sc = wchoice(NON_SC)
        CTX.clear()
        sp = sc(lang, P)
        b = B()
        fam = wrap(b, ts, sp)
        line = bytes(b.buf)
        # --- verification
        assert b'\n' not in line and b'\r' not in line, (idx, line)
        assert len(line) <= 4000, (idx, len(line))
        line.decode('utf-8')
        prev_e = 0
        out_spans = []
        for s in b.spans:
            assert s['s'] >= prev_e, ('overlap', idx, s)
            assert line[s['s']:s['e']] == s['v'], ('mismatch', idx, s)
            assert s['e'] > s['s']
            prev_e = s['e']
            out_spans.append({'s': s['s'], 'e': s['e'], 'cat': s['cat']})
        if not want_phi:
            assert not out_spans, ('non-PHI scenario produced spans', idx, sc.__name__)
        lines.append(line)
        labels.append({'line': idx + 1, 'family': fam, 'spans': out_spans})
        if want_phi and not out_spans:
            print('note: PHI scenario rendered without visible PHI:', idx + 1, sc.__name__, fam)
    return lines, labels


def main():
    for P in PEOPLE:
        assert luhn_ok(P.card) and luhn_ok(P.imei)
        assert vin_check(P.vin[:8] + '0' + P.vin[9:]) == P.vin[8]
    lines, labels = build()
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, f'{ID}.log'), 'wb') as fh:
        for ln in lines:
            fh.write(ln + b'\n')
    with open(os.path.join(HERE, f'{ID}.labels.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, f'{ID}.log'), 'rb') as fh:
        data = fh.read().split(b'\n')
    assert data[-1] == b'' and len(data) == N_LINES + 1
    cats = {}
    clean = 0
    for lab in labels:
        if not lab['spans']:
            clean += 1
        for s in lab['spans']:
            cats[s['cat']] = cats.get(s['cat'], 0) + 1
    print(f'lines={N_LINES} no_phi={clean} ({clean / N_LINES:.1%})')
    for k in sorted(cats):
        print(f'  {k}: {cats[k]}')


if __name__ == '__main__':
    main()
