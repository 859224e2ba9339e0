"""A real SMTP server on loopback for the email tests (Debian's python3-aiosmtpd).

Saves every message it accepts as NNN.eml in the folder given, with NNN.json beside it saying how it came
({"tls": true|false, "user": "..."|null}), prints "PORT <n>" once listening, and runs until its standard input closes.
--fail-first N answers the first N DATA commands with 451 (a transient failure) to test retries;
--auth USER:PASSWORD requires AUTH PLAIN/LOGIN with those credentials;
--tls CERT KEY offers STARTTLS with that certificate and requires it before any mail (and before AUTH).
"""
import argparse
import json
import socket
import ssl
import sys
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Sink:
    def __init__(self, folder, fail_first):
        self.folder = Path(folder)
        self.fail_left = fail_first
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        if self.fail_left > 0:
            self.fail_left -= 1
            return "451 4.3.0 try again later (test sink)"
        self.count += 1
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        path = self.folder / f"{self.count:03d}.eml"
        # The session facts first: a test that sees NNN.eml can read NNN.json.
        how = {"tls": session.ssl is not None, "user": session.auth_data if session.authenticated else None}
        path.with_suffix(".json").write_text(json.dumps(how))
        path.with_suffix(".tmp").write_bytes(data)
        path.with_suffix(".tmp").rename(path)
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--fail-first", type=int, default=0)
    parser.add_argument("--auth", default=None)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), default=None)
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    options = {}
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticate(server, session, envelope, mechanism, auth_data):
            login = auth_data.login.decode()
            ok = login == user and auth_data.password.decode() == password
            # handled=False: aiosmtpd answers 535 itself; the default (True) leaves a refused client waiting for a reply.
            return AuthResult(success=ok, handled=False, auth_data=login if ok else None)

        # Without --tls the password crosses loopback in the clear, which only a test may do.
        options = dict(auth_required=True, auth_require_tls=bool(args.tls), authenticator=authenticate)
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls[0], args.tls[1])
        options.update(tls_context=context, require_starttls=True)
    controller = Controller(Sink(args.folder, args.fail_first), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print(f"PORT {port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
