/* Forced into every C file of the interpreter built by packaging/linux/build_bundle.sh.
   glibc 2.29 gave exp, exp2, log, log2 and pow new symbol versions, which drop the obsolete
   SVID error-handling wrapper the old ones keep; binding to the old versions keeps libpython
   loadable on glibc 2.28 (统信 UOS 20). CPython checks errno and the results itself. */
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
