# The input side: charset decoding and sniffing (a C unit test on the
# private API), and fetching over HTTP, from files and from stdin through
# the CLI against a local test server (tests/httpd.py).

add_executable(test_decode ${CMAKE_CURRENT_SOURCE_DIR}/test_decode.c)
target_link_libraries(test_decode PRIVATE aloud_static)
target_include_directories(test_decode PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_compile_definitions(test_decode PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
add_test(NAME decode COMMAND test_decode)
set_tests_properties(decode PROPERTIES TIMEOUT 60)

# One ctest test per case of test_net.py (each starts its own httpd.py on
# 127.0.0.1 and stays well under 10 s). Status 77 means skipped (e.g. the
# unknown-host case where the resolver cannot answer).
set(ALOUD_NET_CASES
  article redirect gzip latin1 plain notype user_agent
  http_404 http_500 redirect_loop redirect_ftp pdf image png_as_html empty_body
  big stream gzip_bomb max_size_url stall silent refused unknown_host bad_scheme
  control_chars
  file file_latin1 file_missing file_directory file_empty file_png file_max_size file_big
  stdin stdin_empty stdin_big)
foreach(case ${ALOUD_NET_CASES})
  add_test(NAME net_${case}
           COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_net.py ${ALOUD_BIN} ${case})
  set_tests_properties(net_${case} PROPERTIES TIMEOUT 30 SKIP_RETURN_CODE 77 LABELS net)
endforeach()
