"""The scanned pages of the intake: from the watched folder (polled) or SANE, shown per paper as
thumbnails that can be dragged into order, turned, removed or scanned again."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from kiosk.dossier.files import sane_scan
from ui.widgets import button, label


class ScannedPages:
    """Mixed into the intake page (which has ``draft``, ``inbox``, ``table``, ``owner``,
    ``selected_component()``, ``show_message()`` and ``page_text()``, whose sentences are
    translated in its own context)."""

    def _build_page_widgets(self) -> QWidget:  # type: ignore[misc]
        self.pages_hint = label("", 13, False, "Muted")
        pages_row = QWidget()
        prow = QHBoxLayout(pages_row)
        prow.setContentsMargins(0, 0, 0, 0)
        self.sane_button = button("", 15, 48, "Secondary", on_click=self.scan_with_sane)
        self.rotate_button = button("", 15, 48, "Secondary", on_click=self.rotate_selected)
        self.remove_button = button("", 15, 48, "Secondary", on_click=self.remove_selected)
        self.rescan_button = button("", 15, 48, "Secondary", on_click=self.rescan_selected)
        # the selected paper's pages: drag to reorder, turn or remove the selected one
        self.page_list = QListWidget()
        self.page_list.setViewMode(QListView.ViewMode.IconMode)
        self.page_list.setIconSize(QSize(72, 96))
        self.page_list.setFlow(QListView.Flow.LeftToRight)
        self.page_list.setWrapping(False)
        self.page_list.setFixedHeight(140)
        self.page_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.page_list.setMovement(QListView.Movement.Snap)
        self.page_list.model().rowsMoved.connect(self._on_page_list_rows_moved)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        for b in (self.sane_button, self.rotate_button, self.remove_button, self.rescan_button):
            prow.addWidget(b)
        return pages_row

    @Slot()
    def _on_poller_timeout(self) -> None:
        if self.inbox is None:
            return
        try:
            pages, rejected = self.inbox.poll()
        except OSError as exc:
            self.show_message(self.page_text("folder_unreadable", str(exc)))
            return
        if rejected:
            self.show_message(self.page_text("not_a_page", ", ".join(rejected)))
        if pages:
            self.add_pages(pages)

    def add_pages(self, pages: list) -> None:  # type: ignore[type-arg]
        cid = self.selected_component()
        if cid is None:
            self.show_message(self.page_text("choose_first", ""))
            return
        for page in pages:
            self.draft.add(cid, page)
        self._update_pages()

    def _update_pages(self) -> None:
        for row in range(self.table.rowCount()):
            cid = str(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
            self.table.item(row, 3).setText(str(len(self.draft.pages.get(cid, []))))
        self._show_page_list()

    def _show_page_list(self, select: int | None = None) -> None:
        """Thumbnails of the selected paper's pages, in order, turned as they will be saved."""
        cid = self.selected_component()
        pages = self.draft.pages.get(cid or "", [])
        self.page_list.clear()
        for i, page in enumerate(pages):
            thumb = page.rendered().convert("L")
            thumb.thumbnail((72, 96))
            image = QImage(thumb.tobytes(), thumb.width, thumb.height, thumb.width,
                           QImage.Format.Format_Grayscale8).copy()
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), str(i + 1))
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.page_list.addItem(item)
        if pages:
            self.page_list.setCurrentRow(len(pages) - 1 if select is None else select)

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self._show_page_list()

    @Slot()
    def _on_page_list_rows_moved(self, *args) -> None:  # type: ignore[no-untyped-def]
        """The officer dragged a page: the draft takes the list's new order."""
        cid = self.selected_component()
        pages = self.draft.pages.get(cid or "", [])
        order = [int(self.page_list.item(i).data(Qt.ItemDataRole.UserRole))
                 for i in range(self.page_list.count())]
        if cid is not None and sorted(order) == list(range(len(pages))):
            self.draft.pages[cid] = [pages[i] for i in order]
            QTimer.singleShot(0, lambda: self._show_page_list(self.page_list.currentRow()))

    def move_page(self, index: int, to: int) -> None:
        cid = self.selected_component()
        if cid is not None:
            self.draft.move(cid, index, to)
            self._show_page_list(to)

    def scan_with_sane(self) -> None:
        try:
            page = sane_scan(self.owner.ctx.config.reception.scan_command)
        except OSError as exc:
            self.show_message(self.page_text("scanner_failed", str(exc)))
            return
        self.add_pages([page])

    def rotate_selected(self) -> None:
        cid = self.selected_component()
        pages = self.draft.pages.get(cid or "", [])
        row = self.page_list.currentRow()
        if 0 <= row < len(pages):
            pages[row].rotate(90)
            self._show_page_list(row)

    def remove_selected(self) -> None:
        cid = self.selected_component()
        row = self.page_list.currentRow()
        if cid is not None and row >= 0:
            self.draft.remove(cid, row)
            self._update_pages()

    def rescan_selected(self) -> None:
        cid = self.selected_component()
        if cid is not None:
            self.draft.rescan(cid)
            self._update_pages()

