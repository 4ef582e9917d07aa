# Export formats (issue 12): MP3, Opus, M4B, FLAC and WAV read back with
# ffprobe and decoded with ffmpeg; standard output; --split names, tags and
# ownership. One ctest test per case of the script.
aloud_test_cases(ALOUD_EXPORT_FORMAT_CASES ${ALOUD_TESTS}/test_export_formats.py)
foreach(case ${ALOUD_EXPORT_FORMAT_CASES})
  add_test(NAME export_formats.${case}
           COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_export_formats.py ${ALOUD_BIN} ${case})
  set_tests_properties(export_formats.${case} PROPERTIES TIMEOUT 600 LABELS "slow;export")
endforeach()

# Cover art (--cover): a local HTTP server in the script serves a page with
# an og:image and images made with ffmpeg; each format's picture is read
# back byte for byte; failures are a warning and a file without a cover.
aloud_test_cases(ALOUD_EXPORT_COVER_CASES ${ALOUD_TESTS}/test_export_cover.py)
foreach(case ${ALOUD_EXPORT_COVER_CASES})
  add_test(NAME export_cover.${case}
           COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_export_cover.py ${ALOUD_BIN} ${case})
  set_tests_properties(export_cover.${case} PROPERTIES TIMEOUT 600 LABELS "slow;export;net")
endforeach()

# Cover art below the CLI: the image probe on truncated headers, the page's
# image URL and where it may point, the API's refusals. Offline, in-process.
add_executable(test_cover_units ${ALOUD_TESTS}/test_cover_units.c)
target_include_directories(test_cover_units PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_link_libraries(test_cover_units PRIVATE aloud_static)
add_test(NAME cover_units COMMAND test_cover_units)
set_tests_properties(cover_units PROPERTIES TIMEOUT 120 LABELS fast)
