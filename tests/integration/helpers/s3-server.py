"""A small S3-compatible server for the storage test: path-style PUT, GET, HEAD and DELETE of
objects kept in memory, where every request must carry a Signature Version 4 that AWS's own
signer (botocore, Debian's python3-botocore) computes the same: an implementation independent of
lib/storage/sigv4.ts. Prints its port, then serves until killed.

    python3 s3-server.py <region> <access key id> <secret access key>
"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

REGION, ACCESS_KEY, SECRET_KEY = sys.argv[1], sys.argv[2], sys.argv[3]
objects = {}


def signature_ok(handler, body):
    auth = handler.headers.get('authorization', '')
    if not auth.startswith('AWS4-HMAC-SHA256 '):
        return False
    parts = dict(p.strip().split('=', 1) for p in auth[len('AWS4-HMAC-SHA256 '):].split(','))
    if not parts.get('Credential', '').startswith(ACCESS_KEY + '/'):
        return False
    signed = parts.get('SignedHeaders', '').split(';')
    headers = {name: handler.headers.get(name) for name in signed}
    url = 'http://' + handler.headers.get('host') + handler.path
    request = AWSRequest(method=handler.command, url=url, headers=headers, data=body)
    request.context['timestamp'] = handler.headers.get('x-amz-date')
    signer = S3SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY), 's3', REGION)
    canonical = signer.canonical_request(request)
    expected = signer.signature(signer.string_to_sign(request, canonical), request)
    return expected == parts.get('Signature')


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body=b'', content_type='application/xml'):
        self.send_response(status)
        self.send_header('content-type', content_type)
        self.send_header('content-length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def handle_any(self):
        length = int(self.headers.get('content-length') or 0)
        body = self.rfile.read(length) if length else b''
        if not signature_ok(self, body):
            return self.answer(403, b'<Error><Code>SignatureDoesNotMatch</Code></Error>')
        key = urlsplit(self.path).path
        if self.command == 'PUT':
            objects[key] = (body, self.headers.get('content-type') or 'application/octet-stream')
            return self.answer(200)
        if self.command == 'DELETE':
            objects.pop(key, None)
            return self.answer(204)
        if key not in objects:
            return self.answer(404, b'<Error><Code>NoSuchKey</Code></Error>')
        data, content_type = objects[key]
        return self.answer(200, data, content_type)

    do_PUT = do_GET = do_HEAD = do_DELETE = handle_any


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
