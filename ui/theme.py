"""One look for every role: navy and gold on white cards, sized for touch and for distance.

Sizes are in pixels for a 1080x1920 (21.5") kiosk, a 1366x768 counter PC and a 1920x1080
board: a kiosk button is at least 120 px tall (about 30 mm), text at least 26 px.
"""

from __future__ import annotations

NAVY = "#0b3d91"
NAVY_DARK = "#072a66"
GOLD = "#f4b400"
RED = "#c62828"
GREEN = "#2e7d32"
BG = "#eef2f7"
CARD = "#ffffff"
INK = "#1a2233"
MUTED = "#5b6577"

QSS = f"""
QWidget {{ color: {INK}; background: {BG}; }}
QWidget#Header {{ background: {NAVY}; }}
QLabel#HeaderTitle {{ color: white; background: transparent; font-weight: bold; }}
QLabel#HeaderClock {{ color: {GOLD}; background: transparent; font-weight: bold; }}
QFrame#Card {{ background: {CARD}; border-radius: 18px; border: 1px solid #d5dce8; }}
QFrame#Card QLabel, QWidget#Row {{ background: transparent; }}
QLabel#Muted {{ color: {MUTED}; }}
QLabel#Title {{ font-weight: bold; color: {NAVY}; }}
QLabel#Error, QFrame#Card QLabel#Error {{ color: white; background: {RED}; border-radius: 12px; padding: 18px; }}
QLabel#Notice, QFrame#Card QLabel#Notice {{ color: {INK}; background: #fff4cc; border-radius: 12px; padding: 18px; }}
QLabel#Ok, QFrame#Card QLabel#Ok {{ color: white; background: {GREEN}; border-radius: 12px; padding: 18px; }}
QPushButton {{
    background: {NAVY}; color: white; border: none; border-radius: 16px;
    padding: 12px 24px; font-weight: bold;
}}
QPushButton:pressed {{ background: {NAVY_DARK}; }}
QPushButton:disabled {{ background: #9aa6bd; color: #eef2f7; }}
QPushButton#Secondary {{ background: white; color: {NAVY}; border: 3px solid {NAVY}; }}
QPushButton#Accent {{ background: {GOLD}; color: {INK}; }}
QPushButton#Danger {{ background: {RED}; color: white; }}
QPushButton#Tile {{ text-align: left; padding: 24px 36px; border-radius: 24px; }}
QPushButton#LangButton {{ background: transparent; color: white; border: 2px solid white; }}
QPushButton#Secondary:pressed {{ background: #cfdaf0; }}
QPushButton#Accent:pressed {{ background: #c79100; }}
QPushButton#Danger:pressed {{ background: #8e1c1c; }}
QPushButton#LangButton:pressed {{ background: {NAVY_DARK}; color: {GOLD}; border-color: {GOLD}; }}
QFrame#Card[pressed="true"] {{ background: #dbe4f5; border-color: {NAVY}; }}
QPushButton QLabel#TileText {{ background: transparent; color: white; }}
QPushButton#Secondary QLabel#TileText {{ color: {NAVY}; }}
QPushButton#Accent QLabel#TileText {{ color: {INK}; }}
QTableWidget {{ background: white; gridline-color: #dfe5ef; border-radius: 10px; }}
QHeaderView::section {{ background: {NAVY}; color: white; padding: 6px; border: none; font-weight: bold; }}
QLineEdit, QComboBox {{ background: white; border: 2px solid #b8c3d6; border-radius: 10px; padding: 8px; }}
QLineEdit:focus, QComboBox:focus {{ border-color: {NAVY}; }}
QTabBar::tab {{ background: #dfe5ef; padding: 12px 24px; font-weight: bold; }}
QTabBar::tab:selected {{ background: {NAVY}; color: white; }}
QWidget#Board {{ background: #061a3d; }}
QWidget#Board QLabel {{ color: white; background: transparent; }}
QFrame#Latest {{ background: {GOLD}; border-radius: 28px; }}
QFrame#Latest QLabel {{ color: #061a3d; background: transparent; }}
QFrame#CallRow {{ background: #0d2a5c; border-radius: 14px; }}
"""

# Large text and high contrast (a button in the kiosk's header): white and yellow on black, thick
# borders, every control outlined; replaces QSS while it is on (ui.a11y.set_large_text scales
# the fonts). Contrast ratios: white on black 21:1, yellow #ffd600 on black 14.6:1 (WCAG AAA).
HC_YELLOW = "#ffd600"
HIGH_CONTRAST_QSS = f"""
QWidget {{ color: white; background: black; }}
QWidget#Header {{ background: black; border-bottom: 3px solid {HC_YELLOW}; }}
QLabel#HeaderTitle, QLabel#HeaderClock {{ color: {HC_YELLOW}; background: transparent; font-weight: bold; }}
QFrame#Card {{ background: black; border-radius: 18px; border: 3px solid white; }}
QFrame#Card[pressed="true"] {{ background: #333333; border-color: {HC_YELLOW}; }}
QFrame#Card QLabel, QWidget#Row {{ background: transparent; color: white; }}
QLabel#Muted {{ color: white; }}
QLabel#Title {{ font-weight: bold; color: {HC_YELLOW}; }}
QLabel#Error, QFrame#Card QLabel#Error {{ color: black; background: {HC_YELLOW}; border-radius: 12px; padding: 18px; }}
QLabel#Notice, QFrame#Card QLabel#Notice {{ color: black; background: white; border-radius: 12px; padding: 18px; }}
QLabel#Ok, QFrame#Card QLabel#Ok {{ color: black; background: white; border-radius: 12px; padding: 18px; }}
QPushButton {{
    background: black; color: {HC_YELLOW}; border: 4px solid {HC_YELLOW}; border-radius: 16px;
    padding: 12px 24px; font-weight: bold;
}}
QPushButton:pressed {{ background: #4a4a4a; }}
QPushButton:disabled {{ color: #9e9e9e; border-color: #9e9e9e; }}
QPushButton#Secondary {{ color: white; border-color: white; }}
QPushButton#Secondary:pressed {{ background: #4a4a4a; }}
QPushButton#Accent {{ background: {HC_YELLOW}; color: black; }}
QPushButton#Accent:pressed {{ background: #b39500; }}
QPushButton#Danger {{ color: white; border-color: white; }}
QPushButton#Danger:pressed {{ background: #4a4a4a; }}
QPushButton QLabel#TileText {{ background: transparent; color: {HC_YELLOW}; }}
QPushButton#Secondary QLabel#TileText, QPushButton#Danger QLabel#TileText {{ color: white; }}
QPushButton#Accent QLabel#TileText {{ color: black; }}
QPushButton#Tile {{ text-align: left; padding: 24px 36px; border-radius: 24px; }}
QPushButton#LangButton {{ color: {HC_YELLOW}; border: 3px solid {HC_YELLOW}; }}
QPushButton#LangButton:pressed {{ background: #4a4a4a; }}
QLineEdit, QPlainTextEdit, QComboBox {{ background: black; color: white; border: 3px solid white; border-radius: 10px; padding: 8px; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {HC_YELLOW}; }}
QTableWidget {{ background: black; color: white; gridline-color: white; }}
QHeaderView::section {{ background: black; color: {HC_YELLOW}; padding: 6px; border: 1px solid white; font-weight: bold; }}
"""

# base font pixel size per role
BASE_PX = {"kiosk": 30, "counter": 18, "display": 40, "technician": 17}
WINDOW_SIZE = {"kiosk": (1080, 1920), "counter": (1366, 768), "display": (1920, 1080), "technician": (1366, 768)}
