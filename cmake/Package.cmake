# The Debian package (cpack -G DEB, run by scripts/package): what cmake/Install.cmake
# installs, under /usr, with Depends worked out by dpkg-shlibdeps (needs dpkg-dev) and
# maintainer scripts that refresh the desktop's MIME, menu and icon caches.
set(CPACK_PACKAGE_NAME socket-playground)
set(CPACK_PACKAGE_VENDOR "Socket Playground")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "make raw socket calls one at a time and see what the kernel does")
set(CPACK_PACKAGE_DESCRIPTION
    "Socket Playground is a desktop application for people who learn, teach and debug
POSIX sockets. Each call (socket, bind, listen, connect, send, recv, poll, epoll...)
runs for real and the window shows the kernel's answer: return values, errno, TCP
states, queues and bytes. Scenario files (.spg) replay lessons; they also run headless.")
# No contact address exists yet; dpkg needs the field, so this names the project only.
set(CPACK_PACKAGE_CONTACT "Socket Playground maintainers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so dpkg-shlibdeps cannot see them: Qt's platform plugins (the window needs
# xcb or wayland) and a font with every glyph the window draws.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/cmake/debian/postinst ${PROJECT_SOURCE_DIR}/cmake/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

include(CPack)
