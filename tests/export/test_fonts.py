"""Each role gets a TrueType font this PC has, in the documented order; CFF fonts are skipped;
one face serves every role where it is the only one."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfeval_gui.export import fonts

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
ZENHEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
UKAI = Path("/usr/share/fonts/truetype/arphic/ukai.ttc")

needs_fonts = pytest.mark.skipif(not (UMING.exists() and ZENHEI.exists() and UKAI.exists()),
                                 reason="the Debian CJK font packages of packaging/dev.sh")


@pytest.fixture
def only(monkeypatch):
    def use(*paths: Path) -> None:
        monkeypatch.setattr(fonts, "_files_by_name", lambda: {p.name.lower(): p for p in paths})

    return use


@needs_fonts
def test_linux_roles_follow_the_documented_order():
    chosen = fonts.resolve()
    assert chosen[fonts.BODY].path.name == "uming.ttc"
    assert chosen[fonts.HEADING].path.name == "wqy-zenhei.ttc"
    assert chosen[fonts.SUBHEADING].path.name == "ukai.ttc"


@needs_fonts
def test_one_face_serves_every_role(only):
    only(ZENHEI)
    assert {f.path for f in fonts.resolve().values()} == {ZENHEI}


@needs_fonts
def test_the_users_choice_comes_first(only):
    only(UMING, ZENHEI, UKAI)
    assert {f.path for f in fonts.resolve(str(UKAI)).values()} == {UKAI}


def test_a_cff_font_is_not_embeddable(tmp_path):
    fake = tmp_path / "NotoSansCJK-Regular.otf"
    fake.write_bytes(b"OTTO" + b"\0" * 200)  # the CFF flavour's signature
    assert not fonts._embeddable(str(fake))


def test_no_font_at_all_says_which_package_to_install(only):
    only()
    with pytest.raises(fonts.FontMissing) as caught:
        fonts.resolve()
    assert "fonts-arphic-uming" in caught.value.message


@needs_fonts
def test_symbols_the_cjk_fonts_lack_come_from_a_symbol_font():
    symbols = fonts.symbol_font()
    assert symbols is not None and ord("☑") in fonts.glyphs(str(symbols.path))
