"""services.files.atomic_output: the target is replaced whole or left as it was."""

import os
import stat

import pytest

from ipdesk.services.files import atomic_output


def test_writes_the_file_whole_and_private(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.csv"
    with atomic_output(target, "w", encoding="utf-8", newline="") as stream:
        stream.write("a,b\r\n1,2\r\n")
    assert target.read_bytes() == b"a,b\r\n1,2\r\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert os.listdir(folder) == ["out.csv"]


def test_an_error_while_writing_keeps_the_previous_file(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.csv"
    target.write_text("previous export\n")
    with pytest.raises(RuntimeError), atomic_output(target, "w") as stream:
        stream.write("half a row,")
        raise RuntimeError("killed mid-write")
    assert target.read_text() == "previous export\n"
    assert os.listdir(folder) == ["out.csv"]
