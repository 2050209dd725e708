#!/usr/bin/env python3
"""An S3-compatible GET endpoint for tests: serves ROOT/BUCKET/KEY on 127.0.0.1 with range requests, and checks
every request's AWS Signature V4 with botocore (an implementation independent of nwbj's). Prints the port on the
first line, then serves until killed.
    usage: s3_server.py ROOT ACCESS_KEY_ID SECRET_KEY REGION
"""
import http.server
import os
import re
import sys
import urllib.parse

from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ROOT, ACCESS, SECRET, REGION = sys.argv[1:5]
AUTH = re.compile(r"AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/s3/aws4_request, "
                  r"SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def error(self, status, code):
        body = ("<Error><Code>%s</Code></Error>" % code).encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        m = AUTH.match(self.headers.get("Authorization", ""))
        if not m or m.group(1) != ACCESS or m.group(3) != REGION:
            return self.error(403, "AccessDenied")
        signed = m.group(4).split(";")
        request = AWSRequest(method="GET", url="http://" + self.headers["Host"] + self.path,
                             headers={h: self.headers.get(h, "") for h in signed})
        request.context["timestamp"] = self.headers.get("x-amz-date", "")
        auth = S3SigV4Auth(Credentials(ACCESS, SECRET), "s3", REGION)
        expected = auth.signature(auth.string_to_sign(request, auth.canonical_request(request)), request)
        if expected != m.group(5):
            return self.error(403, "SignatureDoesNotMatch")
        key = urllib.parse.unquote(self.path.split("?")[0].lstrip("/"))
        path = os.path.normpath(os.path.join(ROOT, key))
        if not path.startswith(os.path.abspath(ROOT)) or not os.path.isfile(path):
            return self.error(404, "NoSuchKey")
        size = os.path.getsize(path)
        r = re.match(r"bytes=(\d+)-(\d+)$", self.headers.get("Range", ""))
        if not r:
            return self.error(400, "RangeRequired")
        a, b = int(r.group(1)), min(size - 1, int(r.group(2)))
        with open(path, "rb") as f:
            f.seek(a)
            body = f.read(b - a + 1)
        self.send_response(206)
        self.send_header("Content-Range", "bytes %d-%d/%d" % (a, b, size))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", '"%x-%x"' % (int(os.path.getmtime(path)), size))
        self.end_headers()
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
