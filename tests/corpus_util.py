"""Helpers for the corpus tests: composed page dumps, WARC records, running the CLI."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def dump(n: int, lang: str = "en") -> str:
    """A page dump in the manner of a small news site: title, menu, article, footer."""
    if lang == "ar":
        return (f"وزير الزراعة يفتتح موسم الحصاد رقم {n} | جريدة الوادي\n\nالرئيسية\nأخبار\nرياضة\n\n"
                f"وزير الزراعة يفتتح موسم الحصاد رقم {n}\n\nالقاهرة - سامي عبد الله\n\n"
                f"افتتح وزير الزراعة صباح اليوم موسم حصاد القمح في المحافظات الجنوبية، وقال إن "
                f"الإنتاج المتوقع هذا العام يزيد على ما تحقق في العام الماضي بفضل الأمطار ({n}).\n\n"
                "وأضاف الوزير أن الحكومة ستشتري المحصول من المزارعين بأسعار تغطي التكاليف، وأن "
                "الصوامع الجديدة ستستقبل الكميات المتزايدة دون تأخير في الأسابيع المقبلة.\n\n"
                "جميع الحقوق محفوظة لجريدة الوادي 2024 ©\n")
    return (f"Harbour bridge reopens after repairs, part {n} | The Valley Courier\n\nHome\nNews\n"
            f"Sport\nContact\n\nHarbour bridge reopens after repairs, part {n}\n\nBy Ann Lowe\n\n"
            f"The harbour bridge reopened to traffic on Monday morning after eight months of "
            f"repairs to its steel deck, the city council said in a statement ({n}).\n\n"
            "Engineers replaced more than two hundred corroded beams and repainted the towers, "
            "and the council said the work had finished two weeks earlier than planned.\n\n"
            "Local shop owners welcomed the news, saying the closure had cut the number of "
            "visitors to the old town by almost a third during the summer months.\n\n"
            "Share on Facebook\nShare on Twitter\n\n© 2024 The Valley Courier. All rights reserved.\n")


def write_jsonl(path: Path, records: list[dict], opener=open) -> Path:
    with opener(path, "wt", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def warc_record(headers: dict[str, str], block: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def response(n: int, body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200):
    http = (f"HTTP/1.1 {status} OK\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    return warc_record({"WARC-Type": "response", "WARC-Record-ID": f"<urn:uuid:rec-{n}>",
                        "WARC-Target-URI": f"https://courier.example/news/{n}",
                        "WARC-Date": f"2024-05-{n % 28 + 1:02d}T10:00:00Z",
                        "Content-Type": "application/http; msgtype=response"}, http)


def request(n: int) -> bytes:
    return warc_record({"WARC-Type": "request", "WARC-Record-ID": f"<urn:uuid:req-{n}>",
                        "WARC-Target-URI": f"https://courier.example/news/{n}",
                        "Content-Type": "application/http; msgtype=request"},
                       b"GET /news/%d HTTP/1.1\r\nHost: courier.example\r\n\r\n" % n)


def conversion(n: int, text: str) -> bytes:
    return warc_record({"WARC-Type": "conversion", "WARC-Record-ID": f"<urn:uuid:wet-{n}>",
                        "WARC-Target-URI": f"https://courier.example/news/{n}",
                        "WARC-Date": "2024-05-02T10:00:00Z", "Content-Type": "text/plain"},
                       text.encode("utf-8"))


def gzip_members(records: list[bytes]) -> bytes:
    """One gzip member per record, as crawlers write WARC files."""
    return b"".join(gzip.compress(r, mtime=0) for r in records)


def run_cli(*args, cwd=None, timeout=300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "declutter", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=timeout)


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if str(path).endswith(".gz") else open
    if str(path).endswith(".zst"):
        import io

        import zstandard
        with open(path, "rb") as fh:
            data = zstandard.ZstdDecompressor().stream_reader(fh).read()
        return [json.loads(line) for line in io.StringIO(data.decode())]
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def records_of(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]
