# The input side: charset decoding and sniffing (a C unit test on the
# private API), and fetching over HTTP, from files and from stdin through
# the CLI against a local test server (tests/httpd.py).

add_executable(test_decode ${CMAKE_CURRENT_SOURCE_DIR}/test_decode.c)
target_link_libraries(test_decode PRIVATE aloud_static)
target_include_directories(test_decode PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_compile_definitions(test_decode PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
add_test(NAME decode COMMAND test_decode)
set_tests_properties(decode PROPERTIES TIMEOUT 120 LABELS fast)

# One ctest test per case of test_net.py (each starts its own httpd.py on
# 127.0.0.1 and stays well under 10 s), listed by the script itself at
# configure time, so that a new case runs without being registered here.
# Status 77 means skipped (e.g. the unknown-host case where the resolver
# cannot answer).
# Time limits count aloud's CPU seconds, except for stall and silent, whose
# point is the wall-clock --timeout: those two run alone (RUN_SERIAL), so
# that ctest -j on a small machine does not make them late. The ctest
# TIMEOUT only catches hangs.
aloud_test_cases(ALOUD_NET_CASES ${ALOUD_TESTS}/test_net.py)
foreach(case ${ALOUD_NET_CASES})
  add_test(NAME net_${case}
           COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_net.py ${ALOUD_BIN} ${case})
  set_tests_properties(net_${case} PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77 LABELS "net;slow")
endforeach()
set_tests_properties(net_stall net_silent PROPERTIES RUN_SERIAL ON)
