# Many articles in one run (issue 13): -o DIR/ with several sources and
# --input-file, the manifest, idempotent re-runs, exit statuses 20 and 21,
# file names in any script. One ctest test per case of the script.
aloud_test_cases(ALOUD_BATCH_CASES ${ALOUD_TESTS}/test_batch.py)
foreach(case ${ALOUD_BATCH_CASES})
  add_test(NAME batch.${case}
           COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_batch.py ${ALOUD_BIN} ${case})
  set_tests_properties(batch.${case} PROPERTIES TIMEOUT 600 LABELS "slow;batch")
endforeach()
