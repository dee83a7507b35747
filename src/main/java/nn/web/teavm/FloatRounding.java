package nn.web.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.CastNumberInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Float arithmetic in the browser build, rounded as Java rounds it. TeaVM 0.16 writes a {@code float} sum,
 * product or quotient, a cast to {@code float} and a float constant as plain JavaScript numbers, that is as
 * doubles: {@code (float) x} changes nothing and {@code a * b + c} on floats rounds once, at the end, where
 * Java rounds after each operation. nn's float32 networks then trained to other numbers in the browser. This
 * transformer (installed by {@link MathPlugin}) follows every instruction that makes a float that way with
 * {@link Fround#of}, which rounds to float through a {@code float[]} (a Float32Array in JavaScript); on the JVM
 * the same code is never loaded.
 */
final class FloatRounding implements ClassHolderTransformer {
    private static final MethodReference ROUND = new MethodReference(Fround.class.getName(), "of", ValueType.FLOAT, ValueType.FLOAT);

    @Override public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(Fround.class.getName())) return;
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) continue;
            List<Instruction> producers = new ArrayList<>();
            for (BasicBlock block : program.getBasicBlocks())
                for (Instruction instruction : block)
                    if (makesUnroundedFloat(instruction)) producers.add(instruction);
            for (Instruction producer : producers) roundAfter(program, producer);
        }
    }

    private static boolean makesUnroundedFloat(Instruction i) {
        if (i instanceof BinaryInstruction b) return b.getOperandType() == NumericOperandType.FLOAT && switch (b.getOperation()) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO -> true;
            default -> false;
        };
        if (i instanceof CastNumberInstruction c) return c.getTargetType() == NumericOperandType.FLOAT;
        return i instanceof FloatConstantInstruction;
    }

    /** {@code r = op(…)} becomes {@code t = op(…); r = Fround.of(t)}. */
    private static void roundAfter(Program program, Instruction producer) {
        Variable exact = program.createVariable();
        Variable receiver;
        if (producer instanceof BinaryInstruction b) {
            receiver = b.getReceiver();
            b.setReceiver(exact);
        } else if (producer instanceof CastNumberInstruction c) {
            receiver = c.getReceiver();
            c.setReceiver(exact);
        } else {
            FloatConstantInstruction k = (FloatConstantInstruction) producer;
            receiver = k.getReceiver();
            k.setReceiver(exact);
        }
        if (receiver == null) return;
        InvokeInstruction round = new InvokeInstruction();
        round.setType(InvocationType.SPECIAL);
        round.setMethod(ROUND);
        round.setArguments(exact);
        round.setReceiver(receiver);
        round.setLocation(producer.getLocation());
        producer.insertNext(round);
    }
}
