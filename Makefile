# Two entry points: `make run` and `make test`. Both install what they need first
# (idempotent `make setup`): system packages via apt-get, a .venv, Python packages.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Qt's libraries for the desktop app: offscreen (tests, screenshots) needs the first line, a
# real window (make run) the xcb ones too.
QT_PACKAGES := libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 \
	libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0
# A virtual X display for looking at the app as a real (xcb) window: make screenshots-x11.
XVFB_PACKAGES := xvfb xauth
# Fonts with Arabic (DejaVu Sans) and Chinese (WenQuanYi) glyphs for the translated app.
FONT_PACKAGES := fonts-dejavu-core fonts-wqy-microhei
# postgresql: the tests start a private throw-away server (scripts/with-test-postgres.sh).
# certbot, lego, pebble: real ACME clients and the reference ACME server, run against `serve`
# on 127.0.0.1; nginx-light and apache2-utils (ab): the HTTP cache in front of the validation
# responders and its load test.
ACME_PACKAGES := certbot lego pebble
VALIDATION_PACKAGES := nginx-light apache2-utils
SYSTEM_PACKAGES := openssl softhsm2 opensc postgresql $(QT_PACKAGES) $(FONT_PACKAGES) \
	$(ACME_PACKAGES) $(VALIDATION_PACKAGES) $(XVFB_PACKAGES)
# Packaging (make dist, dist-test): PyInstaller needs objdump; dpkg-deb with zstd; a Debian
# root made by mmdebstrap; unshare/setpriv (util-linux) to cut the network and drop root.
DIST_PACKAGES := binutils dpkg-dev zstd mmdebstrap util-linux debian-archive-keyring

# Install the missing ones of a list of Debian packages (idempotent, quiet when all present).
define apt_install
	@missing=""; for p in $(1); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

.PHONY: setup system-packages dist-packages run demo screenshots screenshots-x11 test fuzz lint bench bench-gui \
	dist dist-test wheelhouse clean i18n-update i18n-check

setup: system-packages $(STAMP)

system-packages:
	$(call apt_install,$(SYSTEM_PACKAGES))

dist-packages:
	$(call apt_install,$(DIST_PACKAGES))

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found" >&2; exit 1; }
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[hsm,dev,gui]'
	@touch $(STAMP)

run: setup
	$(PY) -m gui

demo: setup
	$(PY) -m idtoolkit.apps.demo

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m gui.screenshots

# The same renders through Qt's xcb platform on a virtual display (Xvfb): real window
# decorations and fonts as a desktop shows them.
screenshots-x11: setup
	xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb $(PY) -m gui.screenshots screenshots-x11

# After adding or changing tr() strings (or merging branches that did): refresh every
# catalogue, recompile the .qm files, list the messages that still need a translator.
i18n-update: setup
	$(PY) -m gui.i18n.catalogues update
	$(PY) -m idtoolkit.i18n.catalogues update

i18n-check: setup
	$(PY) -m gui.i18n.catalogues check
	$(PY) -m idtoolkit.i18n.catalogues check

test: setup
	$(VENV)/bin/ruff check idtoolkit hsm_sim gui tests bench installers
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	scripts/with-test-postgres.sh $(PY) -m pytest -n 2 -q

# The fuzz targets of tests/fuzz/ with 20x the inputs of `make test` (a few minutes);
# IDTOOLKIT_FUZZ_SCALE and IDTOOLKIT_FUZZ_SEED change the size and the seed.
fuzz: setup
	IDTOOLKIT_FUZZ_SCALE=$${IDTOOLKIT_FUZZ_SCALE:-20} $(PY) -m pytest -q -s tests/fuzz

# ruff format --check keeps every file as 'ruff format' writes it (a formatting drift is a
# diff in someone else's next change).
lint: setup
	$(VENV)/bin/ruff check idtoolkit hsm_sim gui tests bench installers
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: setup
	$(PY) bench/bulk_issue.py

bench-gui: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/gui_million.py

# Installers (installers/README.md). dist: dist/*.deb and the one-folder tarball, built with
# PyInstaller in its own venv (build/venv). dist-test: install both in a minimal Debian root
# with the network cut and run installers/smoke.sh (10-30 min, needs root; not in make test).
dist: setup dist-packages
	PYTHON=$(PYTHON) installers/linux/build-bundle.sh
	installers/linux/build-packages.sh

dist-test: dist
	installers/linux/dist-test.sh

# Offline install kit: wheels for Linux, Windows and macOS under dist/wheelhouse.
wheelhouse: setup
	PYTHON=$(PY) installers/wheelhouse/build.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist idtoolkit/_build.py
