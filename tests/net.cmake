# The input side: charset decoding and sniffing (a C unit test on the
# private API), and fetching over HTTP, from files and from stdin through
# the CLI against a local test server (tests/httpd.py).

add_executable(test_decode ${CMAKE_CURRENT_SOURCE_DIR}/test_decode.c)
target_link_libraries(test_decode PRIVATE aloud_static)
target_include_directories(test_decode PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_compile_definitions(test_decode PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
add_test(NAME decode COMMAND test_decode)
set_tests_properties(decode PROPERTIES TIMEOUT 60)
