"""Write the server's OpenAPI spec to docs/openapi.json (make openapi)."""

import json
import sys
import tempfile
from pathlib import Path

from server.app import create_app
from server.db import ServerDB

out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/openapi.json")
spec = create_app(ServerDB(f"sqlite:///{tempfile.mkdtemp()}/s.db")).openapi()
out.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(out)
