"""The ballot page in a real browser, as a phone opens it (Debian's chromium, headless,
driven by selenium): vote, change the vote and see it counted; a second device; a closed
round refuses; a secret round keeps no voter's identity; HTML in a candidate's name is
shown as text; the page runs under its Content-Security-Policy with nothing blocked."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.phones import ballot_server
from workbench.domain.ballots import FOR_AGAINST, Candidate, RoundSpec
from workbench.services.ballot_server import BallotServer, VotingRound

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="needs chromium and chromedriver (.ci/run installs them)"
)

CANDIDATES = (
    Candidate("L1", "DM101-01-001", "RT001-RW001", 1, 74, "HEAVY"),
    Candidate("L2", "DM102-01-002", "<img src=x onerror=alert(1)>", 2, 68, "MEDIUM"),
)


@pytest.fixture
def server() -> Iterator[BallotServer]:
    with ballot_server(RoundSpec(FOR_AGAINST, CANDIDATES, title="Prioritas")) as made:
        yield made


@pytest.fixture
def browser_factory() -> Iterator:  # noqa: ANN001
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    made = []

    def browser():  # noqa: ANN202 - a new phone: a browser with a profile of its own
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for arg in (
            "--headless=new",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--window-size=412,915",
        ):
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(DRIVER), options=options)
        driver.set_page_load_timeout(20)
        made.append(driver)
        return driver

    yield browser
    for driver in made:
        driver.quit()


def _wait_text(driver, element_id: str, text: str, timeout: float = 10) -> str:  # noqa: ANN001
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: text in d.find_element(By.ID, element_id).text)
    return driver.find_element(By.ID, element_id).text


def _choose(driver, code: str, label: str) -> None:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    for card in driver.find_elements(By.CSS_SELECTOR, "section.card"):
        if code in card.text:
            card.find_element(By.XPATH, f".//button[text()='{label}']").click()
            return
    raise AssertionError(code)


def test_vote_change_and_a_second_phone_in_a_real_browser(server, browser_factory) -> None:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    phone = browser_factory()
    phone.get(server.url)
    _wait_text(phone, "list", "DM101-01-001")
    # HTML in a name is text, not markup (and no script ran)
    assert "<img src=x onerror=alert(1)>" in phone.find_element(By.ID, "list").text
    assert not phone.find_elements(By.CSS_SELECTOR, "#list img")
    _choose(phone, "DM101-01-001", "Setuju")
    phone.find_element(By.ID, "send").click()
    _wait_text(phone, "msg", "Suara Anda tercatat")
    assert server.round.snapshot().tally.counts["L1"] == {"support": 1}
    _choose(phone, "DM101-01-001", "Tidak setuju")  # changed before the round closes
    phone.find_element(By.ID, "send").click()
    phone.find_element(By.ID, "msg")
    import time

    end = time.monotonic() + 10
    while server.round.snapshot().tally.counts["L1"] != {"object": 1} and time.monotonic() < end:
        time.sleep(0.05)
    assert server.round.snapshot().tally.counts["L1"] == {"object": 1}
    # reloaded: the ballot comes back from the laptop
    phone.refresh()
    _wait_text(phone, "msg", "Suara Anda tercatat")
    second = browser_factory()
    second.get(server.url)
    _wait_text(second, "list", "DM102-01-002")
    _choose(second, "DM102-01-002", "Setuju")
    second.find_element(By.ID, "send").click()
    _wait_text(second, "msg", "Suara Anda tercatat")
    snap = server.round.snapshot()
    assert (snap.joined, snap.voted) == (2, 2)
    assert all(b.name == "" for b in snap.ballots.values())  # a secret round: no identity
    # nothing the page needs was blocked by its Content-Security-Policy
    for driver in (phone, second):
        logs = driver.get_log("browser")
        assert not [e for e in logs if "Content Security Policy" in e.get("message", "")]
    # closed: the page says so politely
    server.round.close()
    _choose(second, "DM101-01-001", "Abstain")
    second.find_element(By.ID, "send").click()
    _wait_text(second, "msg", "Putaran sudah ditutup")
    assert server.round.snapshot().tally.counts["L1"] == {"object": 1}


def test_points_and_top_n_ballots_in_a_real_browser(browser_factory) -> None:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    from workbench.domain.ballots import POINTS, TOP_N

    spec = RoundSpec(POINTS, CANDIDATES, budget=10, secret=False)
    made = BallotServer(VotingRound(spec), "127.0.0.1")
    made.start()
    try:
        phone = browser_factory()
        phone.get(made.url)
        _wait_text(phone, "left", "Sisa poin: 10 dari 10")
        inputs = phone.find_elements(By.CSS_SELECTOR, "input.points")
        inputs[0].send_keys("7")
        inputs[1].send_keys("5")
        _wait_text(phone, "left", "Sisa poin: -2")
        phone.find_element(By.ID, "send").click()
        _wait_text(phone, "msg", "Tuliskan nama Anda")  # a named round
        phone.find_element(By.ID, "name").send_keys("Ibu Sari")
        phone.find_element(By.ID, "send").click()
        _wait_text(phone, "msg", "melebihi anggaran")
        inputs[1].clear()
        inputs[1].send_keys("3")
        phone.find_element(By.ID, "send").click()
        _wait_text(phone, "msg", "Suara Anda tercatat")
        ballot = next(iter(made.round.snapshot().ballots.values()))
        assert ballot.points == {"L1": 7, "L2": 3} and ballot.name == "Ibu Sari"
    finally:
        made.stop()
    top = BallotServer(VotingRound(RoundSpec(TOP_N, CANDIDATES, top_n=2)), "127.0.0.1")
    top.start()
    try:
        phone = browser_factory()
        phone.get(top.url)
        _wait_text(phone, "left", "Dipilih 0 dari 2")
        cards = phone.find_elements(By.CSS_SELECTOR, "section.card")
        cards[1].click()  # the second candidate first
        _wait_text(phone, "left", "Dipilih 1 dari 2")
        phone.find_elements(By.CSS_SELECTOR, "section.card")[0].click()
        _wait_text(phone, "list", "Pilihan ke-2")
        phone.find_element(By.ID, "send").click()
        _wait_text(phone, "msg", "Suara Anda tercatat")
        ballot = next(iter(top.round.snapshot().ballots.values()))
        assert ballot.order == ("L2", "L1")
    finally:
        top.stop()
