# The installed library as a user gets it: install into a scratch prefix,
# check that no source-tree path is in libaloud.so, then build a program
# against it with pkg-config and with find_package(aloud); it loads a golden
# page through the public API and must print its title (tests/install/).
# A sanitized library needs the program built with the same sanitizers.
set(ALOUD_INSTALL_CFLAGS "")
if(ALOUD_SANITIZE)
  set(ALOUD_INSTALL_CFLAGS "-fsanitize=address,undefined")
endif()
add_test(NAME install
  COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${CMAKE_BINARY_DIR} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
          -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/install -DLIBDIR=${CMAKE_INSTALL_LIBDIR}
          -DPAGE=${ALOUD_TESTS}/pages/fr-blog -DCC=${CMAKE_C_COMPILER}
          -DPKG_CONFIG=${PKG_CONFIG_EXECUTABLE} -DCFLAGS=${ALOUD_INSTALL_CFLAGS}
          -DSANITIZED=${ALOUD_SANITIZE}
          -P ${ALOUD_TESTS}/install/check.cmake)
set_tests_properties(install PROPERTIES LABELS slow TIMEOUT 300)
