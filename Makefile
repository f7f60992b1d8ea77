# A thin wrapper around meson: installs what is missing, builds, runs.
BUILD ?= build
MESON_OPTIONS ?= -Dwerror=true

BUILD_PACKAGES = gcc meson ninja-build pkg-config gettext sqlite3 \
	libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev \
	libsqlite3-dev libxlsxwriter-dev desktop-file-utils appstream
TEST_PACKAGES = xvfb xauth dbus dbus-x11 at-spi2-core locales \
	python3-dogtail python3-openpyxl dconf-gsettings-backend gsettings-desktop-schemas libglib2.0-bin libreoffice-calc xdotool

RUN_ENV = GSETTINGS_SCHEMA_DIR=$(BUILD)/data PASSERELLE_LOCALEDIR=$(BUILD)/po

.PHONY: all build run test bench deps test-deps clean

all: build

deps:
	@./build-aux/install-packages $(BUILD_PACKAGES)

test-deps: deps
	@./build-aux/install-packages $(TEST_PACKAGES)
	@./build-aux/enable-locale fr_FR.UTF-8

$(BUILD)/build.ninja:
	meson setup $(MESON_OPTIONS) $(BUILD)

build: deps $(BUILD)/build.ninja
	meson compile -C $(BUILD)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "There is no display here, so Passerelle's window cannot open."; \
	  echo "Without a display, use the command line, for example:"; \
	  echo "  $(BUILD)/src/passerelle --demo small --workspace demo.passerelle"; \
	  echo "  $(BUILD)/src/passerelle --check --workspace demo.passerelle"; \
	  echo "  $(BUILD)/src/passerelle --export report.xlsx --workspace demo.passerelle"; \
	  echo "($(BUILD)/src/passerelle --help lists every command.)"; \
	  exit 1; \
	fi
	$(RUN_ENV) $(BUILD)/src/passerelle

test: test-deps build
	xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
	  meson test -C $(BUILD) --print-errorlogs --num-processes 2

bench: test-deps build
	xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
	  meson test -C $(BUILD) --benchmark --print-errorlogs --verbose

clean:
	rm -rf $(BUILD)
