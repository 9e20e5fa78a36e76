import assert from 'node:assert/strict'
import {evidenceBasesFor, initiativeFolderOf, resolveCitedPath} from '../../../src/rules/support/evidence-bases.js'
import {evidencePathOf, expandBraces, globPatternOf, isTemplateOrGlob} from '../../../src/rules/support/evidence-paths.js'
import {contextFrom} from '../rule-context.js'

// Cited strings as they appear in the corpus ledgers (seed scenario, ptychopinn dose_experiments and main).
describe('evidencePathOf', () => {
  const pathOf = (cited: string) => {
    const evidence = evidencePathOf(cited)
    return evidence && [evidence.kind, evidence.path, evidence.paths]
  }

  it('takes folders, files and bare file names as paths', () => {
    assert.deepEqual(pathOf('plans/active/TEST-PYTORCH-001/reports/2025-10-19T115303Z/baseline/'), [
      'path',
      'plans/active/TEST-PYTORCH-001/reports/2025-10-19T115303Z/baseline/',
      ['plans/active/TEST-PYTORCH-001/reports/2025-10-19T115303Z/baseline/'],
    ])
    assert.deepEqual(pathOf('reports/2025-10-19T115303Z/baseline/inventory.md'), [
      'path',
      'reports/2025-10-19T115303Z/baseline/inventory.md',
      ['reports/2025-10-19T115303Z/baseline/inventory.md'],
    ])
    assert.deepEqual(pathOf('runtime_profile.md'), ['path', 'runtime_profile.md', ['runtime_profile.md']])
    assert.deepEqual(pathOf('env_snapshot.txt'), ['path', 'env_snapshot.txt', ['env_snapshot.txt']])
    assert.deepEqual(pathOf('ptycho/image/__init__.py'), ['path', 'ptycho/image/__init__.py', ['ptycho/image/__init__.py']])
    assert.deepEqual(pathOf('.planledger.json'), ['path', '.planledger.json', ['.planledger.json']])
    // A name that is itself an extension (`env`, `log`) still names a file before another extension.
    assert.deepEqual(pathOf('env.json'), ['path', 'env.json', ['env.json']])
    assert.deepEqual(pathOf('log.txt'), ['path', 'log.txt', ['log.txt']])
    assert.deepEqual(pathOf('./inbox/response.md'), ['path', 'inbox/response.md', ['inbox/response.md']])
    assert.deepEqual(pathOf('plans/active/X/bin'), ['path', 'plans/active/X/bin', ['plans/active/X/bin']])
  })

  it('drops line suffixes, pytest node IDs and anchors', () => {
    assert.equal(evidencePathOf('tests/torch/test_integration_workflow_torch.py:65-161')?.path, 'tests/torch/test_integration_workflow_torch.py')
    assert.equal(evidencePathOf('ptycho/data_preprocessing.py:13')?.path, 'ptycho/data_preprocessing.py')
    assert.equal(evidencePathOf('tests/tools/test_d0_parity_logger.py::test_cli_emits_outputs')?.path, 'tests/tools/test_d0_parity_logger.py')
    assert.equal(evidencePathOf('docs/findings.md#POLICY-001')?.path, 'docs/findings.md')
    assert.deepEqual(pathOf('plans/active/DEBUG-SIM-LINES-DOSE-001/bin/check_inbox_for_ack.py::{append_history_jsonl,append_history_markdown}'), [
      'path',
      'plans/active/DEBUG-SIM-LINES-DOSE-001/bin/check_inbox_for_ack.py',
      ['plans/active/DEBUG-SIM-LINES-DOSE-001/bin/check_inbox_for_ack.py'],
    ])
  })

  it('expands brace groups into one path per alternative', () => {
    assert.deepEqual(pathOf('bundle_verification.{json,md}'), ['path', 'bundle_verification.{json,md}', ['bundle_verification.json', 'bundle_verification.md']])
    assert.deepEqual(expandBraces('reports/{a,b}/{x,y}.log'), ['reports/a/x.log', 'reports/a/y.log', 'reports/b/x.log', 'reports/b/y.log'])
    assert.equal(expandBraces('reports/{a,b/x.log'), undefined)
    assert.equal(evidencePathOf('reports/{a,b/x.log'), undefined)
  })

  it('recognises templates and globs but gives no file to check', () => {
    assert.deepEqual(pathOf('reports/<TS>/baseline/inventory.md'), ['template', 'reports/<TS>/baseline/inventory.md', []])
    assert.deepEqual(pathOf('plans/active/TEST-PYTORCH-001/reports/<ISO8601>/'), ['template', 'plans/active/TEST-PYTORCH-001/reports/<ISO8601>/', []])
    assert.deepEqual(pathOf('.../escalation_note.md'), ['template', '.../escalation_note.md', []])
    assert.deepEqual(pathOf('reports/…/runtime_profile.md'), ['template', 'reports/…/runtime_profile.md', []])
    assert.deepEqual(pathOf('reports/{timestamp}/summary.md'), ['template', 'reports/{timestamp}/summary.md', []])
    assert.deepEqual(pathOf('reports/2026-01-23T001018Z/ground_truth_manifest.*'), ['glob', 'reports/2026-01-23T001018Z/ground_truth_manifest.*', []])
    assert.deepEqual(pathOf('data_p1e*.npz'), ['glob', 'data_p1e*.npz', []])
    assert.deepEqual(pathOf('inbox/followup_*'), ['glob', 'inbox/followup_*', []])
    assert.equal(isTemplateOrGlob('reports/<TS>/x.md'), true)
    assert.equal(isTemplateOrGlob('logs/pytest_*.log'), true)
    assert.equal(isTemplateOrGlob('logs/pytest.log'), false)
  })

  it('turns templates and globs into globs to match against what exists', () => {
    assert.equal(globPatternOf('reports/<STAMP>/summary.md'), 'reports/*/summary.md')
    assert.equal(globPatternOf('reports/{ts}/x_<n>.log'), 'reports/*/x_*.log')
    assert.equal(globPatternOf('reports/…/rotation_audit.md'), 'reports/**/rotation_audit.md')
    assert.equal(globPatternOf('phase_c/<STAMP>/…md'), 'phase_c/*/*md')
    assert.equal(globPatternOf('reports/YYYY-MM-DDTHHMMSSZ/summary.md'), 'reports/*/summary.md')
    assert.equal(globPatternOf('logs/pytest_*.{log,txt}'), 'logs/pytest_*.{log,txt}')
    assert.equal(globPatternOf('../elsewhere/<TS>.md'), undefined)
    assert.equal(globPatternOf('/tmp/<TS>.md'), undefined)
  })

  it('takes the value of an env assignment', () => {
    assert.deepEqual(pathOf('TEE_LOG=plans/active/TEST-PYTORCH-001/reports/<TS>/baseline/pytest_integration_current.log'), [
      'template',
      'plans/active/TEST-PYTORCH-001/reports/<TS>/baseline/pytest_integration_current.log',
      [],
    ])
    assert.deepEqual(pathOf('TEE_LOG="reports/run/pytest.log"'), ['path', 'reports/run/pytest.log', ['reports/run/pytest.log']])
    assert.equal(evidencePathOf('CUDA_VISIBLE_DEVICES=""'), undefined)
  })

  it('rejects commands, code, flags, URLs and dotted names', () => {
    for (const cited of [
      'pytest tests/torch/test_integration_workflow_torch.py::test_run_pytorch_train_save_load_infer -vv',
      'python -m unittest ptycho.image.test_registration',
      'scan_inbox()',
      'write_status_snippet(results, Path)',
      "data['objectGuess']",
      'numpy.roll',
      'ptycho.tf_helper._flat_to_channel()',
      'args.probe_file',
      'ptycho.loader',
      '--history-jsonl/--history-markdown/--history-dashboard',
      '--disable_mlflow',
      'https://github.com/example/repo/blob/main/docs/x.md',
      'mailto:someone@example.com',
      '.tar.gz',
      '7fe5e14e...',
      'N/A',
      'TF/Keras',
      'torch>=2.2',
      '2.8.0',
      '[x]',
      '<path>',
      '~/.cache/run.log',
      '$HOME/run.log',
      'sla_severity == "unknown"',
      '@pytest.mark.integration',
      'ack_detected: true',
      '',
    ]) {
      assert.equal(evidencePathOf(cited), undefined, cited)
    }
  })

  it('keeps absolute paths (whether they are inside the repository is for the rule to say)', () => {
    assert.deepEqual(pathOf('/tmp/run.log'), ['path', '/tmp/run.log', ['/tmp/run.log']])
  })
})

describe('evidence bases', () => {
  it('tries the ledger folder, the initiative folder and the root', () => {
    assert.deepEqual(evidenceBasesFor('plans/active/TEST-PYTORCH-001/implementation.md'), ['plans/active/TEST-PYTORCH-001', ''])
    assert.deepEqual(evidenceBasesFor('plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md'), [
      'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening',
      'plans/active/TEST-PYTORCH-001',
      '',
    ])
    assert.deepEqual(evidenceBasesFor('docs/fix_plan.md'), ['docs', ''])
    assert.equal(initiativeFolderOf('plans/examples/2025-07-x/reports/a/plan.md'), 'plans/examples/2025-07-x')
    assert.equal(initiativeFolderOf('docs/plans/x.md'), undefined)
  })

  it('finds a path under any base, and says when every candidate leaves the repository', () => {
    const context = contextFrom({existing: ['plans/active/X/reports/a/summary.md']})
    const bases = evidenceBasesFor('plans/active/X/implementation.md')
    assert.deepEqual(resolveCitedPath(context, bases, 'reports/a/summary.md'), {exists: true, outside: false, tried: ['plans/active/X']})
    assert.deepEqual(resolveCitedPath(context, bases, 'plans/active/X/reports/a/summary.md'), {exists: true, outside: false, tried: ['plans/active/X', '']})
    assert.deepEqual(resolveCitedPath(context, bases, 'reports/b/summary.md'), {exists: false, outside: false, tried: ['plans/active/X', '']})
    assert.deepEqual(resolveCitedPath(context, bases, '../../../../outside.md'), {exists: false, outside: true, tried: []})
    assert.deepEqual(resolveCitedPath(context, bases, '/tmp/run.log'), {exists: false, outside: true, tried: []})
    assert.deepEqual(resolveCitedPath(context, bases, '/repo/plans/active/X/reports/a/summary.md'), {exists: true, outside: false, tried: []})
  })
})
