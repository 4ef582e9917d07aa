# check.cmake - the installed library, as a user gets it (tests/install.cmake):
#
#   1. `cmake --install --strip` the build into a scratch prefix;
#   2. the installed libaloud.so holds no path of the source tree (an
#      installed library must not look there: voices come from the data dir);
#   3. title.c built with `pkg-config --cflags --libs aloud`
#      (PKG_CONFIG_PATH into the prefix) prints the page's title;
#   4. the same program built by a CMake project with find_package(aloud)
#      and aloud::aloud prints it too.
#
# --strip: a build with debug information names its source files there by
# design (packagers strip it or split it off); what must not be in the
# library is a path its code uses.
#
#   cmake -DBUILD_DIR=build -DSOURCE_DIR=. -DWORK_DIR=/tmp/x -DLIBDIR=lib
#         -DPAGE=tests/pages/fr-blog -DCC=cc -DPKG_CONFIG=pkg-config
#         [-DCFLAGS=-fsanitize=address -DSANITIZED=ON] -P tests/install/check.cmake
foreach(var BUILD_DIR SOURCE_DIR WORK_DIR LIBDIR PAGE CC PKG_CONFIG)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: -D${var}=... is missing")
  endif()
endforeach()
set(prefix ${WORK_DIR}/prefix)
set(title_c ${SOURCE_DIR}/tests/install/title.c)
separate_arguments(cflags UNIX_COMMAND "${CFLAGS}")

# run(NAME COMMAND...): run a step; stop with its output when it fails.
# Its standard output is left in `out`.
macro(run name)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name} failed (${rc}):\n${ARGN}\n${out}${err}")
  endif()
endmacro()

file(READ ${PAGE}/expected.json json)
string(JSON want GET "${json}" title)
string(APPEND want "\n")

file(REMOVE_RECURSE ${WORK_DIR})
run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} --strip)
file(GLOB libs ${prefix}/${LIBDIR}/libaloud.so.*.*.*)
if(NOT libs OR NOT EXISTS ${prefix}/include/aloud/version.h OR EXISTS ${prefix}/include/aloud/version.h.in)
  message(FATAL_ERROR "install: expected ${prefix}/${LIBDIR}/libaloud.so.X.Y.Z and "
                      "include/aloud/version.h (and no version.h.in)")
endif()
# A sanitizer build names its source files for its reports: there, only
# the voices directory is looked for (-DSANITIZED=ON).
set(path ${SOURCE_DIR})
if(SANITIZED)
  set(path ${SOURCE_DIR}/voices)
endif()
execute_process(COMMAND grep -c -F ${path} ${libs} OUTPUT_VARIABLE n
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT n STREQUAL "0")
  message(FATAL_ERROR "${libs} holds the source tree's path ${path} (${n} times): "
                      "an installed library must not look into the source tree")
endif()
message(STATUS "installed: ${libs}, no ${path} in it")

# pkg-config
run("pkg-config" ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${prefix}/${LIBDIR}/pkgconfig
    ${PKG_CONFIG} --cflags --libs aloud)
separate_arguments(flags UNIX_COMMAND "${out}")
message(STATUS "pkg-config --cflags --libs aloud: ${flags}")
run("cc with pkg-config" ${CC} -std=c11 -Wall -Wextra -Werror ${cflags} ${title_c}
    -o ${WORK_DIR}/title-pkgconfig ${flags})
run("title (pkg-config)" ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${prefix}/${LIBDIR}
    ${WORK_DIR}/title-pkgconfig ${PAGE}/page.html)
if(NOT out STREQUAL want)
  message(FATAL_ERROR "title (pkg-config) printed '${out}', expected '${want}'")
endif()
message(STATUS "pkg-config build: ${out}")

# find_package(aloud)
run("cmake configure with find_package(aloud)" ${CMAKE_COMMAND}
    -S ${SOURCE_DIR}/tests/install -B ${WORK_DIR}/consumer
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_C_COMPILER=${CC} "-DCMAKE_C_FLAGS=${CFLAGS}"
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
run("cmake build with find_package(aloud)" ${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
run("title (find_package)" ${WORK_DIR}/consumer/title ${PAGE}/page.html)
if(NOT out STREQUAL want)
  message(FATAL_ERROR "title (find_package) printed '${out}', expected '${want}'")
endif()
message(STATUS "find_package build: ${out}")
