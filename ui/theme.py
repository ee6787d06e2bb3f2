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

# base font pixel size per role
BASE_PX = {"kiosk": 30, "counter": 18, "display": 40, "technician": 17}
WINDOW_SIZE = {"kiosk": (1080, 1920), "counter": (1366, 768), "display": (1920, 1080), "technician": (1366, 768)}
