from booth.cli import main

raise SystemExit(main())
