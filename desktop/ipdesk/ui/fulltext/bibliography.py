"""The Full text tab's bibliography headers (issue 17): what each document's ``BiblioHeader`` shows, read and
fetched on the tab's task layer.

- Opening a patent starts its own task beside the outline's (the outline never waits for it): the P011 answer
  from the store, else one call (``services.biblio.BiblioService.get``), and the patent's SEIC classes if the
  store holds them. A failure is one quiet line in the header.
- Reopening the documents at start reads the store alone (``stored_bibliographies``): no call.
- "Classify this patent": the header says the classes are awaited and reads them from the store again whenever
  the tab or the document is shown again (after a run in the Classification tab they are there).
- The abstract's fold is one setting for every document, remembered across restarts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from ipdesk.services.biblio import BiblioService, stored_bibliographies
from ipdesk.services.classify import classification_keys, stored_classes

if TYPE_CHECKING:
    from ipdesk.api.models import Bibliography
    from ipdesk.services.classify import ClassRow
    from ipdesk.ui.fulltext.view import PatentView

ABSTRACT_SETTING = "fulltext/abstract_expanded"


class BibliographyLoader(QObject):
    """Owned by the Full text tab; ``tab.views()`` are the documents it heads."""

    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.context = tab.context
        self.answers: dict[str, tuple[Bibliography | None, list[ClassRow] | None]] = {}  # patent -> shown
        self.failures: dict[str, Callable[[], str]] = {}  # patent -> its failure, worded when shown
        self.pending: dict[str, object] = {}  # patent -> its task
        if hasattr(self.context, "profileChanged"):  # another profile (or demo mode) has its own database
            self.context.profileChanged.connect(self._forget)

    def _forget(self, _profile=None) -> None:
        self.answers.clear()
        self.failures.clear()

    # -- documents ----------------------------------------------------------------------------------------------
    def _views(self, patent: str) -> list[PatentView]:
        return [v for v in self.tab.views() if shiboken6.isValid(v) and v.lang and v.patent == patent]

    def attach(self, view: PatentView) -> None:
        """A new document: its header folded as the user left it, showing what is known of its patent."""
        header = view.header
        header.set_abstract_expanded(self.abstract_expanded())
        header.abstractToggled.connect(self.remember_abstract)
        view.classifyRequested.connect(lambda _patent, v=view: self.want_classes(v))
        self._show(view)

    def _show(self, view: PatentView) -> None:
        patent = view.patent
        if patent in self.answers:
            bibliography, classes = self.answers[patent]
            view.header.show_bibliography(bibliography)
            view.header.set_classes(classes)
        elif patent in self.failures:
            view.header.show_failure(self.failures[patent])
        elif patent in self.pending:
            view.header.show_loading()

    def _answered(self, patent: str, bibliography, classes) -> None:
        self.answers[patent] = (bibliography, classes)
        self.failures.pop(patent, None)
        for view in self._views(patent):
            self._show(view)

    # -- reading and fetching -------------------------------------------------------------------------------------
    def _classes_lang(self) -> str:
        return "cn" if self.context.api_lang() == "zh" else "en"

    def fetch(self, patent: str):
        """The header of a patent being opened: stored answer, else one call (the outline does not wait)."""
        if patent in self.answers or patent in self.pending:
            return self.pending.get(patent)
        context = self.context
        client, store = context.client(), context.store()
        if store is None:
            return None
        if (
            client is None
        ):  # not connected (yet): the store alone (nothing stored: no header, not "not found")
            return self.restore([patent])
        profile = context.profile.name if context.profile is not None else ""
        prefer = self._classes_lang()

        async def work(ctx):
            bibliography = await BiblioService(client, store, profile=profile).get(patent)
            return bibliography, stored_classes(store, classification_keys(patent, bibliography), prefer)

        def failed(_text: str) -> None:
            error = task.error
            words = lambda: self.context.tasks.user_message(error)  # noqa: E731 - worded again on a switch
            self.failures[patent] = words
            for view in self._views(patent):
                view.header.show_failure(words)

        task = context.tasks.run(
            lambda: self.tr("Bibliography of {0}").format(patent),
            work,
            owner=self,
            on_result=lambda result: self._answered(patent, *result),
            on_error=failed,
            on_finished=lambda _state: self.pending.pop(patent, None),
            own_loop=True,
            show=False,
        )
        self.pending[patent] = task
        for view in self._views(patent):
            view.header.show_loading()
        return task

    def restore(self, patents: Sequence[str]):
        """The headers of the documents reopened at start (or opened while not connected): from the store alone,
        no call; a patent with nothing stored gets no header."""
        store = self.context.store()
        patents = [p for p in dict.fromkeys(patents) if p not in self.answers]
        if store is None or not patents:
            return None
        prefer = self._classes_lang()

        def work(ctx):
            stored = stored_bibliographies(store, patents)
            found = {}
            for patent in patents:
                if patent not in stored:
                    continue
                bibliography = stored[patent]
                found[patent] = (
                    bibliography,
                    stored_classes(store, classification_keys(patent, bibliography), prefer),
                )
            return found

        def done(found: dict) -> None:
            for patent in patents:
                if patent in found:
                    self._answered(patent, *found[patent])
                else:
                    for view in self._views(patent):
                        view.header.show_nothing()

        return self.context.tasks.run("stored bibliographies", work, owner=self, on_result=done, show=False)

    # -- SEIC classes -------------------------------------------------------------------------------------------
    def want_classes(self, view: PatentView) -> None:
        """ "Classify this patent" was pressed: the classes are shown once the store holds them."""
        if shiboken6.isValid(view):
            view.header.want_classes()
            self.refresh_classes(view)

    def refresh_classes(self, view: PatentView | None):
        """Read a document's SEIC classes from the store again if they were asked for and are not shown yet."""
        if view is None or not view.header.classes_wanted or view.header.classes is not None:
            return None  # (asked first: the tab shown at start must not open the store on the GUI thread)
        store = self.context.store()
        if store is None:
            return None
        keys = classification_keys(view.patent, view.header.bibliography)
        prefer, patent = self._classes_lang(), view.patent

        def done(classes) -> None:
            if classes is None:
                return
            known = self.answers.get(patent)
            if known is not None:
                self.answers[patent] = (known[0], classes)
            for each in self._views(patent):
                each.header.set_classes(classes)

        return self.context.tasks.run(
            "stored classes",
            lambda ctx: stored_classes(store, keys, prefer),
            owner=self,
            on_result=done,
            show=False,
        )

    # -- the abstract's fold --------------------------------------------------------------------------------------
    def abstract_expanded(self) -> bool:
        settings = getattr(self.context, "settings", None)
        return bool(settings is not None and settings.value(ABSTRACT_SETTING, False, type=bool))

    def remember_abstract(self, expanded: bool) -> None:
        settings = getattr(self.context, "settings", None)
        if settings is not None:
            settings.setValue(ABSTRACT_SETTING, bool(expanded))
        for view in self.tab.views():  # every open document folds alike
            if shiboken6.isValid(view) and view.header.abstract_expanded() != expanded:
                view.header.set_abstract_expanded(expanded)
